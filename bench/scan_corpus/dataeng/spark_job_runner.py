"""Submit Spark applications described by JSON job specs from the jobs UI."""
import json
import logging
import os
import re
import shlex
import subprocess
from pathlib import Path

log = logging.getLogger("spark_runner")

SPARK_SUBMIT = os.path.join(os.environ.get("SPARK_HOME", "/opt/spark"), "bin", "spark-submit")
CONF_KEY = re.compile(r"^spark\.[A-Za-z0-9_.\-]+$")
DEFAULT_CONF = {
    "spark.dynamicAllocation.enabled": "true",
    "spark.sql.adaptive.enabled": "true",
}


def build_argv(spec: dict) -> list[str]:
    argv = [SPARK_SUBMIT, "--master", "yarn", "--deploy-mode", "cluster", "--name", str(spec["name"])]
    for key, value in {**DEFAULT_CONF, **spec.get("conf", {})}.items():
        if not CONF_KEY.match(key):
            raise ValueError(f"invalid spark conf key: {key!r}")
        argv += ["--conf", f"{key}={value}"]
    argv.append(str(spec["application"]))
    argv += [str(arg) for arg in spec.get("args", [])]
    return argv


def submit(spec_path: Path) -> int:
    spec = json.loads(spec_path.read_text())
    argv = build_argv(spec)
    log.info("running: %s", shlex.join(argv))
    result = subprocess.run(argv, capture_output=True, text=True, timeout=6 * 3600)
    if result.returncode != 0:
        log.error("spark-submit failed for %s: %s", spec["name"], result.stderr[-2000:])
    return result.returncode
