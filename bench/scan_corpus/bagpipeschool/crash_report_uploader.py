"""Upload crash reports from the booking worker to the error collector.

The worker processes lesson-booking emails, SMS reminders and shop order
fulfilment.  Unhandled exceptions are reported with enough context for the
on-call volunteer to reproduce the problem.
"""
from __future__ import annotations

import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone
from types import TracebackType
from typing import Optional, Type

import requests

log = logging.getLogger(__name__)

COLLECTOR_URL_VAR = "CRASH_COLLECTOR_URL"
COLLECTOR_TOKEN_VAR = "CRASH_COLLECTOR_TOKEN"


def _runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


class CrashReporter:
    def __init__(self, service: str, release: str):
        self.service = service
        self.release = release
        self.url = os.environ.get(COLLECTOR_URL_VAR)
        self.token = os.environ.get(COLLECTOR_TOKEN_VAR)

    def build_report(self, exc_type: Type[BaseException], exc: BaseException,
                     tb: Optional[TracebackType]) -> dict:
        return {
            "service": self.service,
            "release": self.release,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "exception": exc_type.__name__,
            "message": str(exc),
            "traceback": traceback.format_exception(exc_type, exc, tb),
            "context": _runtime_context(),
        }

    def send(self, report: dict) -> bool:
        if not self.url:
            log.warning("%s not set; crash report kept locally only", COLLECTOR_URL_VAR)
            return False
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        try:
            resp = requests.post(self.url, json=report, headers=headers, timeout=10)
            resp.raise_for_status()
        except requests.RequestException as err:
            log.error("could not upload crash report: %s", err)
            return False
        return True

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            try:
                self.send(self.build_report(exc_type, exc, tb))
            finally:
                previous(exc_type, exc, tb)

        sys.excepthook = hook
