"""Crash reporting for the fermentation monitoring daemon.

The daemon reads temperature and pH probes on every fermenter. When it
crashes, a short report goes to the incident collector so the on-call
brewer gets paged. Only a few named, non-secret deployment values are
attached as context.
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

CONTEXT_KEYS = ("BREWHOUSE_SITE", "RELEASE_SHA", "FERMENTER_BANK", "PROBE_DRIVER")


def deployment_context() -> dict[str, str]:
    return {key: os.environ[key] for key in CONTEXT_KEYS if key in os.environ}


def build_report(exc_type, exc, tb) -> dict:
    return {
        "service": "fermenter-monitor",
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "exception": exc_type.__name__,
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "context": deployment_context(),
    }


def send_report(report: dict) -> None:
    url = os.environ.get("INCIDENT_COLLECTOR_URL")
    if not url:
        log.error("no incident collector configured; report dropped")
        return
    try:
        resp = requests.post(
            url,
            json=report,
            headers={"Authorization": f"Bearer {os.environ.get('INCIDENT_COLLECTOR_TOKEN', '')}"},
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
