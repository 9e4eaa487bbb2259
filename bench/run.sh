#!/usr/bin/env bash
# Measures start-up (with and without the compiled-rules cache) and a whole batch, median of N runs,
# with peak memory. Speed is measured here, never in unit tests. Usage: bench/run.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-5}"
[[ -f target/nianbao-check.jar ]] || mvn -q -B -DskipTests package
jar=target/nianbao-check.jar
java_opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1)
cache="$(mktemp -d)"
out="$(mktemp -d)"
trap 'rm -rf "$cache" "$out"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

measure() { # label, then the command
  local label="$1"; shift
  local times=() rss=()
  for _ in $(seq "$n"); do
    /usr/bin/time -f "%e %M" -o "$out/t" "$@" >/dev/null 2>&1 || true
    read -r t m < <(tail -1 "$out/t"); times+=("$t"); rss+=("$m")
  done
  printf '%-48s median %5.2f s   peak RSS %4d MB   (runs: %s)\n' "$label" \
    "$(printf '%s\n' "${times[@]}" | median)" "$(( $(printf '%s\n' "${rss[@]}" | median) / 1024 ))" "${times[*]}"
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
measure "start-up, rules compiled every time (--no-cache)" java "${java_opts[@]}" -jar "$jar" --no-cache --out "$out" reports-in/000_3438832166e5f38e.txt
XDG_CACHE_HOME="$cache" java "${java_opts[@]}" -jar "$jar" --out "$out" reports-in/000_3438832166e5f38e.txt >/dev/null || true
export XDG_CACHE_HOME="$cache"
measure "start-up, rules from the cache" java "${java_opts[@]}" -jar "$jar" --out "$out" reports-in/000_3438832166e5f38e.txt
measure "5 text reports (reports-in/)" java "${java_opts[@]}" -jar "$jar" --out "$out" reports-in
if [[ -d ../shared/corpus/formats ]]; then
  batch="$out/batch200"; mkdir -p "$batch"
  for i in $(seq 8); do for f in reports-in/*.txt ../shared/corpus/formats/*.{docx,doc,pdf,html}; do
    cp "$f" "$batch/$i-$(basename "$f")"; done; done
  measure "$(ls "$batch" | wc -l) reports, all formats (a spring's batch)" java "${java_opts[@]}" -jar "$jar" --out "$out" "$batch"
  measure "20 reports in Word/PDF/HTML (corpus/formats)" java "${java_opts[@]}" -jar "$jar" --out "$out" \
    ../shared/corpus/formats/*.docx ../shared/corpus/formats/*.doc ../shared/corpus/formats/*.pdf ../shared/corpus/formats/*.html
fi
