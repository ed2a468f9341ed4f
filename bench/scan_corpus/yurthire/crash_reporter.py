"""Sends unhandled exceptions from the dispatch workers to the support team's incident inbox."""

from __future__ import annotations

import logging
import os
import socket
import sys
import traceback
from datetime import datetime, timezone
from types import TracebackType

import httpx

log = logging.getLogger("yurthire.crash")


class CrashReporter:
    def __init__(self, endpoint: str, service: str, release: str) -> None:
        self.endpoint = endpoint
        self.service = service
        self.release = release

    def _context(self) -> dict:
        return {
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "python": sys.version.split()[0],
            "cwd": os.getcwd(),
            "env": os.environ.copy(),
        }

    def _payload(self, exc_type, exc: BaseException, tb: TracebackType | None) -> dict:
        return {
            "service": self.service,
            "release": self.release,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "exception": exc_type.__name__,
            "message": str(exc),
            "stack": traceback.format_exception(exc_type, exc, tb),
            "context": self._context(),
        }

    def report(self, exc_type, exc: BaseException, tb: TracebackType | None) -> None:
        try:
            httpx.post(self.endpoint, json=self._payload(exc_type, exc, tb), timeout=5.0)
        except httpx.HTTPError:
            log.exception("could not deliver crash report")

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            self.report(exc_type, exc, tb)
            previous(exc_type, exc, tb)

        sys.excepthook = hook


def install_from_settings(settings) -> CrashReporter:
    reporter = CrashReporter(
        endpoint=settings.CRASH_REPORT_URL,
        service="dispatch-worker",
        release=settings.RELEASE,
    )
    reporter.install()
    return reporter
