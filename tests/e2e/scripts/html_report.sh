#!/usr/bin/env bash
# --summary=html is one self-contained page (no script, nothing fetched) that headless Chromium
# draws: a screenshot shows bars in each category's color, in proportion to the counts.
#   bash html_report.sh /path/to/codefilter
set -u
bin=$1
src=${CF_SOURCE_DIR:-$(dirname "$0")/../../..}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
for tool in chromium python3; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed (apt-get install chromium python3)"; exit 1; }
done
fail=0
"$bin" -c --summary=html "$src/samples/day.log" > "$tmp/report.html"
grep -qiE '<script|https?://|src=|@import|url\(' "$tmp/report.html" &&
    { echo "FAIL: the page refers to something outside itself, or has a script"; fail=1; }
grep -q '<svg id="categories"' "$tmp/report.html" && grep -q '<svg id="timeline"' "$tmp/report.html" &&
    grep -q '<table id="codes">' "$tmp/report.html" || { echo "FAIL: a part of the page is missing"; fail=1; }
timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$tmp/profile" --hide-scrollbars --window-size=900,1400 \
    --screenshot="$tmp/shot.png" "file://$tmp/report.html" > "$tmp/chromium.log" 2>&1
[ -s "$tmp/shot.png" ] || { echo "FAIL: no screenshot:"; tail -5 "$tmp/chromium.log"; exit 1; }
# Count the pixels of each category's color in the screenshot (a PNG decoder in a few lines).
python3 - "$tmp/shot.png" > "$tmp/pixels" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
pos, idat, width, height = 8, b'', 0, 0
while pos < len(data):
    n, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b'IHDR':
        width, height, depth, ctype = struct.unpack('>IIBB', body[:10])
        bpp = {2: 3, 6: 4}[ctype]
    elif kind == b'IDAT':
        idat += body
    pos += 12 + n
raw, stride, prev, rows = zlib.decompress(idat), width * bpp, bytearray(width * bpp), []
for y in range(height):
    f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b, c = prev[i], prev[i - bpp] if i >= bpp else 0
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(line); prev = line
colors = {'success': (0x2e, 0x7d, 0x32), 'validation': (0xf9, 0xa8, 0x25), 'client': (0x8e, 0x24, 0xaa),
          'server': (0xc6, 0x28, 0x28), 'unknown': (0x00, 0x83, 0x8f)}
count = dict.fromkeys(colors, 0)
for line in rows:
    for x in range(width):
        px = tuple(line[x * bpp:x * bpp + 3])
        for name, rgb in colors.items():
            if px == rgb:
                count[name] += 1
for name in colors:
    print(name, count[name])
PY
read_count() { awk -v k="$1" '$1 == k { print $2 }' "$tmp/pixels"; }
s=$(read_count success) v=$(read_count validation) c=$(read_count client) e=$(read_count server) u=$(read_count unknown)
echo "pixels drawn: success $s, validation $v, client $c, server $e, unknown $u"
[ "$u" = 0 ] || { echo "FAIL: unknown has no codes but is drawn"; fail=1; }
[ "$e" -gt 100 ] || { echo "FAIL: server errors not drawn"; fail=1; }
[ "$v" -gt "$s" ] && [ "$s" -gt "$c" ] && [ "$c" -gt "$e" ] ||
    { echo "FAIL: the areas are not in the order of the counts"; fail=1; }
exit $fail
