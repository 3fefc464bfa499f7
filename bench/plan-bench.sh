#!/usr/bin/env bash
# Offline-plan benchmark: today's program (a baseline jar) against the working tree's, alternated run by
# run so both see the same machine load. Prints min/median wall time and CPU time (user+sys) per stack,
# the machine's load average, and the issue-19 ratios. Numbers, not a timed test.
#
# First it checks the two programs agree: the --json plan of staging, production, every example and the
# generated stacks must be byte-identical between baseline and current (exit 1 if not).
#
# Usage: bench/plan-bench.sh [--runs N] [--baseline-rev REV | --baseline-jar PATH] [--no-build]
#                            [--current-java-opts "FLAGS"] [--only NAME[,NAME…]] [--skip-check] [--preview]
#   --runs N            timed runs per stack and program (default 5; one untimed warm-up is not done:
#                       every run is a cold JVM, as users run the plan)
#   --baseline-rev REV  build the baseline from this commit into target/bench/baseline-REV (default: the
#                       commit before the speed work, 052ad99)
#   --baseline-jar PATH use an already built baseline jar (its lib/ beside it)
#   --no-build          use the current target/platform.jar as it is
#   --current-java-opts JVM flags for the current program (default: bin/plan's own)
#   --only              a subset of: staging, production, example names, svc5, svc50
#   --skip-check        time only (the byte-identical check already passed for this build)
#   --preview           also run e2e/bench-preview.sh staging N (needs the real CLI; takes minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
runs=5
baseline_rev=052ad99
baseline_jar=""
build=1
only=""
preview=0
check=1
current_opts=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --baseline-rev) baseline_rev="$2"; shift 2 ;;
        --baseline-jar) baseline_jar="$2"; shift 2 ;;
        --no-build) build=0; shift ;;
        --current-java-opts) current_opts="$2"; shift 2 ;;
        --only) only="$2"; shift 2 ;;
        --preview) preview=1; shift ;;
        --skip-check) check=0; shift ;;
        *) echo "error: unknown option '$1' (see the header of $0)" >&2; exit 2 ;;
    esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "error: --runs '$runs' is not a positive number" >&2; exit 2; }

out="$root/target/bench"
mkdir -p "$out"
if [[ -z "$baseline_jar" ]]; then
    dir="$out/baseline-$baseline_rev"
    baseline_jar="$dir/target/platform.jar"
    if [[ ! -f "$baseline_jar" ]]; then
        echo "building the baseline from $baseline_rev into $dir ..." >&2
        rm -rf "$dir" && mkdir -p "$dir"
        git archive "$baseline_rev" | tar -x -C "$dir"
        (cd "$dir" && mvn -B -q -o package -DskipTests) >&2
    fi
fi
[[ -f "$baseline_jar" ]] || { echo "error: baseline jar $baseline_jar does not exist" >&2; exit 2; }
if [[ $build == 1 ]]; then
    mvn -B -q package -DskipTests >&2
fi

# name|plan arguments
cases=("staging|--stack staging" "production|--stack production")
for f in examples/*/Pulumi.*.yaml; do
    cases+=("$(basename "$(dirname "$f")")|--config-file $f")
done
cases+=("svc5|--config-file $(bench/gen-stack.py 5)" "svc50|--config-file $(bench/gen-stack.py 50)")
if [[ -n "$only" ]]; then
    selected=()
    for c in "${cases[@]}"; do
        [[ ",$only," == *",${c%%|*},"* ]] && selected+=("$c")
    done
    cases=("${selected[@]}")
fi

baseline_cmd() { java -jar "$baseline_jar" plan "$@"; }
current_cmd() {
    if [[ -n "$current_opts" ]]; then PLAN_JAVA_OPTS="$current_opts" bin/plan "$@"; else bin/plan "$@"; fi
}

echo "== same plans: --json of baseline and current compared byte for byte" >&2
same=1
for c in "${cases[@]}"; do
    [[ $check == 1 ]] || { echo "  skipped (--skip-check)" >&2; break; }
    name="${c%%|*}"; read -r -a args <<< "${c#*|}"
    baseline_cmd "${args[@]}" --json "$out/$name.baseline.json" > "$out/$name.baseline.txt"
    current_cmd "${args[@]}" --json "$out/$name.current.json" > "$out/$name.current.txt"
    if cmp -s "$out/$name.baseline.json" "$out/$name.current.json" \
            && cmp -s <(grep -v '^Wrote ' "$out/$name.baseline.txt") <(grep -v '^Wrote ' "$out/$name.current.txt"); then
        echo "  $name: identical" >&2
    else
        echo "  $name: DIFFERENT (diff $out/$name.baseline.json $out/$name.current.json)" >&2
        same=0
    fi
done

echo "== timing: $runs runs per stack, baseline and current alternated" >&2
results="$out/times.tsv"
: > "$results"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
timed() {   # program case-name args... ; appends "case program wall cpu"
    local program="$1" name="$2"; shift 2
    local start end
    start=$(date +%s%N)
    /usr/bin/time -f "%U %S" -o "$out/cpu.txt" bash -c "$(declare -f baseline_cmd current_cmd); \
        baseline_jar='$baseline_jar' current_opts='$current_opts' ${program}_cmd \"\$@\" > /dev/null" _ "$@"
    end=$(date +%s%N)
    read -r user sys < "$out/cpu.txt"
    printf '%s\t%s\t%s\t%s\n' "$name" "$program" "$(( (end - start) / 1000000 ))" \
        "$(echo "($user + $sys) * 1000 / 1" | bc)" >> "$results"
}
for c in "${cases[@]}"; do
    name="${c%%|*}"; read -r -a args <<< "${c#*|}"
    for ((i = 1; i <= runs; i++)); do
        if (( i % 2 )); then
            timed baseline "$name" "${args[@]}"; timed current "$name" "${args[@]}"
        else
            timed current "$name" "${args[@]}"; timed baseline "$name" "${args[@]}"
        fi
    done
    echo "  $name done (load $(cut -d' ' -f1 /proc/loadavg))" >&2
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$results" "$out" "$load_before" "$load_after" "$runs" <<'PY'
import collections, json, statistics, sys
results, out, before, after, runs = sys.argv[1:]
times = collections.defaultdict(lambda: collections.defaultdict(lambda: {"wall": [], "cpu": []}))
order = []
for line in open(results):
    name, program, wall, cpu = line.split("\t")
    if name not in order:
        order.append(name)
    times[name][program]["wall"].append(int(wall) / 1000)
    times[name][program]["cpu"].append(int(cpu) / 1000)
def resources(name):
    try:
        return len(json.load(open(f"{out}/{name}.current.json"))["resources"])
    except Exception:
        return "?"
print(f"offline plan, {runs} cold runs each; load average (1/5/15 min) before: {before}, after: {after}")
print(f"{'stack':<20}{'resources':>10}  {'baseline wall min/med':>22}  {'current wall min/med':>21}  "
      f"{'ratio':>6}  {'baseline cpu med':>16}  {'current cpu med':>15}")
med = {}
for name in order:
    b, c = times[name]["baseline"], times[name]["current"]
    med[name] = statistics.median(c["wall"])
    ratio = statistics.median(c["wall"]) / statistics.median(b["wall"])
    print(f"{name:<20}{resources(name):>10}  {min(b['wall']):>9.2f} / {statistics.median(b['wall']):>6.2f} s  "
          f"{min(c['wall']):>8.2f} / {statistics.median(c['wall']):>6.2f} s  {ratio:>6.2f}  "
          f"{statistics.median(b['cpu']):>14.2f} s  {statistics.median(c['cpu']):>13.2f} s")
print("targets (issue 19), on medians of the current program:")
if "production" in med:
    b = statistics.median(times["production"]["baseline"]["wall"])
    print(f"  production <= 0.5x today: {med['production'] / b:.2f}x")
if "svc5" in med and "svc50" in med:
    print(f"  50-service <= 1.5x 5-service: {med['svc50'] / med['svc5']:.2f}x")
if "production" in med:
    for name in order:
        if name not in ("staging", "production", "svc5", "svc50"):
            print(f"  {name} <= 1.5x production: {med[name] / med['production']:.2f}x")
PY

if [[ $preview == 1 ]]; then
    e2e/bench-preview.sh staging "$runs"
fi
[[ $same == 1 ]] || { echo "error: the plans differ between baseline and current (see above)" >&2; exit 1; }
