"""Pick up Spark job specs from the spool directory and submit them to YARN.

Specs are JSON documents written by the self-service jobs UI, for example::

    {"name": "daily_sessions", "application": "s3://jobs/sessions.py",
     "conf": {"spark.executor.memory": "8g"}, "args": ["--date", "2024-03-01"]}
"""
import json
import logging
import os
import subprocess
import time
from pathlib import Path

log = logging.getLogger("spark_launcher")

SPARK_HOME = os.environ.get("SPARK_HOME", "/opt/spark")
SPOOL_DIR = Path(os.environ.get("JOB_SPOOL_DIR", "/var/spool/spark-jobs"))
DONE_DIR = SPOOL_DIR / "done"
DEFAULT_CONF = {
    "spark.dynamicAllocation.enabled": "true",
    "spark.sql.adaptive.enabled": "true",
}


def build_command(spec: dict) -> str:
    conf = {**DEFAULT_CONF, **spec.get("conf", {})}
    parts = [f"{SPARK_HOME}/bin/spark-submit", "--master yarn", "--deploy-mode cluster"]
    parts.append(f"--name {spec['name']}")
    for key, value in conf.items():
        parts.append(f"--conf {key}={value}")
    parts.append(spec["application"])
    parts.extend(str(arg) for arg in spec.get("args", []))
    return " ".join(parts)


def submit(spec_path: Path) -> int:
    spec = json.loads(spec_path.read_text())
    command = build_command(spec)
    log.info("submitting job %s", spec["name"])
    result = subprocess.run(command, shell=True, capture_output=True, text=True)
    if result.returncode != 0:
        log.error("spark-submit failed for %s: %s", spec["name"], result.stderr[-2000:])
    spec_path.rename(DONE_DIR / spec_path.name)
    return result.returncode


def main() -> None:
    DONE_DIR.mkdir(parents=True, exist_ok=True)
    while True:
        for spec_path in sorted(SPOOL_DIR.glob("*.json")):
            submit(spec_path)
        time.sleep(15)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
