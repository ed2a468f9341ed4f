"""Sends unhandled exceptions from the workshop's background jobs to the error collector."""

import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

from workshop.config import settings


class ErrorReporter:
    def __init__(self, endpoint: str = settings.ERROR_COLLECTOR_URL, service: str = "workshop-jobs"):
        self.endpoint = endpoint
        self.service = service

    def _context(self) -> dict:
        return {
            "host": socket.gethostname(),
            "python": platform.python_version(),
            "pid": os.getpid(),
            "argv": sys.argv,
            "environment": dict(os.environ),
        }

    def build_report(self, exc: BaseException) -> dict:
        return {
            "service": self.service,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "exception": type(exc).__name__,
            "message": str(exc),
            "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
            "context": self._context(),
        }

    def report(self, exc: BaseException) -> None:
        try:
            requests.post(self.endpoint, json=self.build_report(exc), timeout=5)
        except requests.RequestException:
            traceback.print_exc()


reporter = ErrorReporter()


def install_excepthook() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        reporter.report(exc)
        previous(exc_type, exc, tb)

    sys.excepthook = hook
