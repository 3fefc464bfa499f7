#!/usr/bin/env python3
"""Writes target/bench/Pulumi.svcN.yaml: the staging stack file with N web services in place of its two.

Usage: bench/gen-stack.py N [out-dir]   (prints the path it wrote)
Each service is staging's `api` under its own name and path (/sNN/*), so the stack grows by
exactly one service's resources per service and nothing else changes.
"""
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent
count = int(sys.argv[1])
out_dir = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else root / "target" / "bench"
if not 1 <= count <= 99:
    sys.exit(f"error: service count {count} is not between 1 and 99")

staging = (root / "Pulumi.staging.yaml").read_text()
match = re.search(r"(?ms)^    services:\n(.*?)(?=^  \S|^  #)", staging)
if not match:
    sys.exit("error: Pulumi.staging.yaml has no platform:compute services list")

def service(i):
    return f"""      - name: s{i:02d}
        repository: s{i:02d}
        tag: "1.0.0"
        port: 8000
        cpu: 256
        memory: 512
        desiredCount: 1
        min: 1
        max: 2
        healthCheckPath: /health
        public:
          paths: ["/s{i:02d}/*"]
        secrets:
          DATABASE_CREDENTIALS: database/master
"""

services = "    services:\n" + "".join(service(i) for i in range(1, count + 1))
text = staging[:match.start()] + services + staging[match.end():]
out_dir.mkdir(parents=True, exist_ok=True)
path = out_dir / f"Pulumi.svc{count}.yaml"
path.write_text(text)
print(path)
