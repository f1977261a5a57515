/* option_table.c - prints codefilter's option table, a row a line, for tests/option_table.sh to
 * hold --help, the man page and the completions to it:
 *   NAME SHORT LISTED COMMANDS
 * NAME is the long name without "--", SHORT the letter or "-", LISTED 1 when --help lists the row
 * (0 for an alias or a subcommand's only), COMMANDS the commands that take it, comma-separated
 * (filter, explain, list, catalogue, audit). */
#include <stdio.h>

#include "options.h"

int main(void) {
    static const struct {
        cf_command_id id;
        const char *name;
    } commands[] = {{CF_CMD_FILTER, "filter"},
                    {CF_CMD_EXPLAIN, "explain"},
                    {CF_CMD_LIST, "list"},
                    {CF_CMD_CATALOGUE, "catalogue"},
                    {CF_CMD_AUDIT, "audit"}};
    cf_option_row row;
    for (size_t i = 0; cf_options_row(i, &row) == 0; i++) {
        printf("%s %c %d ", row.name, row.short_name ? row.short_name : '-', row.listed);
        const char *sep = "";
        for (size_t k = 0; k < sizeof commands / sizeof *commands; k++)
            if (row.commands & commands[k].id) {
                printf("%s%s", sep, commands[k].name);
                sep = ",";
            }
        putchar('\n');
    }
    return fflush(stdout) == 0 ? 0 : 1;
}
