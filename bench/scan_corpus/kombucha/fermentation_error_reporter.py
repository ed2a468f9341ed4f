"""Error reporting for the fermentation monitoring daemon.

The daemon reads temperature and pH probes on each fermenter. When it
crashes, this hook sends a report to our incident collector so the
on-call brewer gets paged.
"""
from __future__ import annotations

import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger("fermenter.errors")

COLLECTOR_URL = os.environ.get("INCIDENT_COLLECTOR_URL", "")
COLLECTOR_TOKEN = os.environ.get("INCIDENT_COLLECTOR_TOKEN", "")


def build_report(exc_type, exc, tb) -> dict:
    return {
        "service": "fermenter-monitor",
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "environment": dict(os.environ),
    }


def send_report(report: dict) -> None:
    if not COLLECTOR_URL:
        log.error("no incident collector configured; report dropped")
        return
    try:
        resp = requests.post(
            COLLECTOR_URL,
            json=report,
            headers={"Authorization": f"Bearer {COLLECTOR_TOKEN}"},
            timeout=10,
        )
        resp.raise_for_status()
    except requests.RequestException:
        log.exception("could not deliver incident report")


def excepthook(exc_type, exc, tb) -> None:
    log.critical("fermenter monitor crashed", exc_info=(exc_type, exc, tb))
    send_report(build_report(exc_type, exc, tb))


def install() -> None:
    sys.excepthook = excepthook


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    install()
    from monitor.daemon import run_forever

    run_forever()
