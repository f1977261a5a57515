# annotate.jq - the annotation a user would script in jq, for comparison: add to each JSON line a
# "codefilter" member listing the codes found under code-like keys at any depth.
#   jq -c -n --slurpfile c catalogue/codes.json -f bench/annotate.jq api.jsonl
($c[0].codes | map({key: .code, value: .}) | from_entries) as $cat
| {"code": 1, "status": 1, "status_code": 1, "statusCode": 1, "resultCode": 1, "errorCode": 1,
   "error_code": 1} as $keys
| inputs
| . + {codefilter: [
    .. | objects | to_entries[] | select($keys[.key] != null)
    | .value | tostring | select(test("^[0-9]{1,6}$"))
    | . as $raw | ("000000" + $raw)[-6:] as $code
    | select($cat[$code] != null or ($raw | length) == 6)
    | {code: $code, category: ($cat[$code].category // "unknown"), message: $cat[$code].message}
  ]}
