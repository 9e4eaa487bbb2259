#!/bin/sh
# Renders page 1 of a findings workbook (the 概览 sheet) to docs/summary.png, to look at the workbook the
# way a supervisor sees it. Needs LibreOffice (libreoffice-calc-nogui), poppler-utils and fonts-noto-cjk.
#
#   docs/render-summary.sh [findings.xlsx]     (default: out/findings.xlsx)
#
# To get a realistic workbook first:
#   mvn -q -o -B -DskipTests package
#   java -jar target/nianbao-check.jar --out /tmp/xlsx-out reports-in ../shared/corpus/formats/*.docx
#   docs/render-summary.sh /tmp/xlsx-out/findings.xlsx
set -eu
here=$(cd "$(dirname "$0")" && pwd)
xlsx=${1:-out/findings.xlsx}
[ -f "$xlsx" ] || { echo "no workbook at $xlsx" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$xlsx" "$work/findings.xlsx"
# A private profile, so a running LibreOffice or a first-start dialog never gets in the way.
libreoffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" \
    "$work/findings.xlsx" >/dev/null 2>&1
[ -f "$work/findings.pdf" ] || { echo "LibreOffice did not convert $xlsx" >&2; exit 1; }
pdftoppm -png -r 80 -f 1 -l 1 "$work/findings.pdf" "$work/page"
mv "$work"/page*.png "$here/summary.png"
echo "$here/summary.png"
