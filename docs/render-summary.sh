#!/bin/sh
# Renders page 1 of one sheet of a workbook to a PNG, to look at the workbook the way a supervisor (or a
# county) sees it on paper. Needs LibreOffice (libreoffice-calc-nogui), poppler-utils, fonts-noto-cjk
# and python3.
#
#   docs/render-summary.sh [workbook.xlsx] [sheet] [out.png]
#     default workbook: out/findings.xlsx; default sheet: the first (概览); default out: docs/summary.png
#
# To get realistic workbooks first, and the pictures of the README:
#   mvn -q -o -B -DskipTests package
#   java -jar target/nianbao-check.jar --split --out /tmp/xlsx-out reports-in ../shared/corpus/formats/*.docx
#   docs/render-summary.sh /tmp/xlsx-out/findings.xlsx
#   docs/render-summary.sh /tmp/xlsx-out/findings.xlsx 问题清单 docs/问题清单.png
#   docs/render-summary.sh /tmp/xlsx-out/offices/合水县人民政府-2020.xlsx 问题清单 docs/县级反馈表.png
#   docs/render-summary.sh /tmp/xlsx-out/offices/合水县人民政府-2020.xlsx 说明 docs/县级封面.png
set -eu
here=$(cd "$(dirname "$0")" && pwd)
xlsx=${1:-out/findings.xlsx}
sheet=${2:-}
png=${3:-$here/summary.png}
[ -f "$xlsx" ] || { echo "no workbook at $xlsx" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$xlsx" "$work/book.xlsx"
if [ -n "$sheet" ]; then
    # Every other sheet hidden (LibreOffice prints no hidden sheet), the one asked for made the active one.
    python3 - "$work/book.xlsx" "$sheet" <<'PY'
import re, sys, zipfile, shutil
path, wanted = sys.argv[1], sys.argv[2]
src = zipfile.ZipFile(path)
xml = src.read("xl/workbook.xml").decode("utf-8")
sheets = re.findall(r"<sheet [^>]*/>", xml)
names = [re.search(r'name="([^"]*)"', s).group(1) for s in sheets]
if wanted not in names:
    sys.exit("no sheet %s in the workbook (it has: %s)" % (wanted, "、".join(names)))
for s, n in zip(sheets, names):
    t = re.sub(r'\s+state="[^"]*"', "", s)
    if n != wanted:
        t = t.replace("<sheet ", '<sheet state="hidden" ', 1)
    xml = xml.replace(s, t, 1)
xml = re.sub(r'activeTab="\d+"', 'activeTab="%d"' % names.index(wanted), xml)
xml = re.sub(r'firstSheet="\d+"', 'firstSheet="%d"' % names.index(wanted), xml)
out = zipfile.ZipFile(path + ".new", "w", zipfile.ZIP_DEFLATED)
for item in src.infolist():
    data = xml.encode("utf-8") if item.filename == "xl/workbook.xml" else src.read(item.filename)
    out.writestr(item, data)
out.close()
src.close()
shutil.move(path + ".new", path)
PY
fi
# A private profile, so a running LibreOffice or a first-start dialog never gets in the way.
libreoffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" \
    "$work/book.xlsx" >/dev/null 2>&1
[ -f "$work/book.pdf" ] || { echo "LibreOffice did not convert $xlsx" >&2; exit 1; }
pdftoppm -png -r 80 -f 1 -l 1 "$work/book.pdf" "$work/page"
mv "$work"/page*.png "$png"
echo "$png"
