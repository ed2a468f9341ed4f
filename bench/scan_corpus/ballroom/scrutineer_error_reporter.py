"""Error reports from the scrutineering app to the organiser's error collector."""

from __future__ import annotations

import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

APP_NAME = "scrutineer"
REPORTED_ENV_KEYS = ("APP_VERSION", "DEPLOY_ENV", "VENUE_CODE", "TZ", "LANG")


def _environment_summary() -> dict[str, str]:
    return {key: os.environ[key] for key in REPORTED_ENV_KEYS if key in os.environ}


def build_report(exc_type, exc, tb) -> dict:
    return {
        "app": APP_NAME,
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "environment": _environment_summary(),
    }


class ErrorReporter:
    def __init__(self, collector_url: str, timeout: float = 10.0) -> None:
        self._collector_url = collector_url
        self._timeout = timeout

    def send(self, report: dict) -> None:
        try:
            requests.post(self._collector_url, json=report, timeout=self._timeout).raise_for_status()
        except requests.RequestException:
            log.exception("Could not deliver error report")

    def excepthook(self, exc_type, exc, tb) -> None:
        log.critical("Unhandled %s in scrutineer", exc_type.__name__, exc_info=(exc_type, exc, tb))
        self.send(build_report(exc_type, exc, tb))
        sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    url = os.environ.get("ERROR_COLLECTOR_URL")
    if not url:
        log.warning("ERROR_COLLECTOR_URL not set; error reporting disabled")
        return
    sys.excepthook = ErrorReporter(url).excepthook
