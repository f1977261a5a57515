/* commands.h - the subcommands: codefilter explain, list, catalogue import/check and audit. */
#ifndef CF_COMMANDS_H
#define CF_COMMANDS_H

/* When argv[1] names a subcommand, runs it and returns its exit status; else returns -1. */
int cf_command(int argc, char **argv);

#endif
