"""Background job that ships unhandled errors from the shop workers to the error service.

Reports are queued to a spool directory by the worker's exception hook and
uploaded in batches by this job, so a network outage never blocks orders.
"""
from __future__ import annotations

import json
import logging
import os
import platform
import socket
import sys
import traceback
from pathlib import Path

import requests

log = logging.getLogger("hatmaker.crash_reports")

SPOOL_DIR = Path(os.environ.get("CRASH_SPOOL_DIR", "/var/spool/hatmaker/crashes"))
REPORT_URL = os.environ["ERROR_SERVICE_URL"]
SERVICE_TOKEN = os.environ["ERROR_SERVICE_TOKEN"]


def capture(exc: BaseException, worker: str) -> Path:
    """Write one report for ``exc`` into the spool directory."""
    report = {
        "worker": worker,
        "type": type(exc).__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc)),
        "host": socket.gethostname(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "environment": dict(os.environ),
    }
    SPOOL_DIR.mkdir(parents=True, exist_ok=True)
    path = SPOOL_DIR / f"{worker}-{os.getpid()}-{id(exc):x}.json"
    path.write_text(json.dumps(report, default=str))
    return path


def upload_pending(batch_size: int = 20) -> int:
    pending = sorted(SPOOL_DIR.glob("*.json"))[:batch_size]
    if not pending:
        return 0
    reports = [json.loads(p.read_text()) for p in pending]
    resp = requests.post(
        REPORT_URL,
        json={"reports": reports},
        headers={"Authorization": f"Bearer {SERVICE_TOKEN}"},
        timeout=15,
    )
    resp.raise_for_status()
    for p in pending:
        p.unlink()
    log.info("Uploaded %d crash reports", len(pending))
    return len(pending)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    try:
        upload_pending()
    except requests.RequestException as err:
        log.warning("Crash report upload failed, will retry: %s", err)
