#!/usr/bin/env bash
# Wall time of a real `pulumi preview` of one stack (default staging) with the program started two
# ways, alternated run by run so both see the same machine load:
#   maven  Pulumi.yaml `runtime: java` — the Java host runs `mvn compile exec:java` on the repository;
#   jar    `runtime: {name: java, options: {binary: target/platform.jar}}` — `java -jar` on the jar
#          `mvn package` builds (its manifest names the dependencies copied to target/lib).
# The policy pack is not loaded (this measures the program's start and run, not the pack's).
# One untimed warm-up each, then RUNS timed runs; prints every run, then min and median per mode.
# Usage: e2e/bench-preview.sh [stack] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
stack="${1:-staging}"
runs="${2:-5}"

path="$(e2e/build-cli.sh)"
export PATH="$path:$PATH"
mvn -B -q package -DskipTests
mvn -B -q test-compile exec:java -Dexec.classpathScope=test -DmainClass=io.platform.e2e.E2eWorkspace -Dexec.args="$stack"
source "target/try-cli/$stack/env.sh"   # PULUMI_HOME, PULUMI_BACKEND_URL, PULUMI_CONFIG_PASSPHRASE; cd into the workspace
export PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true NO_COLOR=1

# The workspace's Pulumi.yaml in both forms: the runtime line is the only difference.
python3 - <<'EOF'
import re
text = open("Pulumi.yaml").read()
maven = re.sub(r"(?m)^runtime:\n(?:[ ]+.*\n)+", "runtime: java\n", text)
jar = maven.replace("runtime: java\n", "runtime:\n  name: java\n  options:\n    binary: target/platform.jar\n")
open("Pulumi.maven.yaml", "w").write(maven)
open("Pulumi.jar.yaml", "w").write(jar)
EOF

preview() {
    cp "Pulumi.$1.yaml" Pulumi.yaml
    local start end
    start=$(date +%s.%N)
    pulumi preview --stack "$stack" --non-interactive > "preview-$1.log" 2>&1 \
        || { echo "pulumi preview ($1) failed; see $(pwd)/preview-$1.log" >&2; exit 1; }
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

echo "pulumi preview --stack $stack: $(pulumi version), $(nproc) cores"
preview maven > /dev/null
preview jar > /dev/null
: > times.txt
for i in $(seq 1 "$runs"); do
    for mode in maven jar; do
        seconds=$(preview "$mode")
        load=$(cut -d' ' -f1 /proc/loadavg)
        printf '%s %s %s\n' "$mode" "$seconds" "$load" | tee -a times.txt
    done
done
python3 - <<'EOF'
import statistics
rows = [line.split() for line in open("times.txt")]
for mode in ("maven", "jar"):
    t = sorted(float(r[1]) for r in rows if r[0] == mode)
    loads = [float(r[2]) for r in rows if r[0] == mode]
    print(f"{mode:5}  min {t[0]:6.1f} s  median {statistics.median(t):6.1f} s  "
          f"(runs {len(t)}, load {min(loads):.1f}-{max(loads):.1f})")
EOF
