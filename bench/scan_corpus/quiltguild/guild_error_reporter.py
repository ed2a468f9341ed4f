"""Sends unhandled exceptions from guild background jobs to the error collector."""
from __future__ import annotations

import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone
from types import TracebackType

import httpx

log = logging.getLogger("quiltguild.errors")


def _runtime_context() -> dict:
    return {
        "python": platform.python_version(),
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "argv": sys.argv[1:],
    }


class ErrorReporter:
    def __init__(self, collector_url: str, service: str, timeout: float = 5.0) -> None:
        self._url = collector_url
        self._service = service
        self._client = httpx.Client(timeout=timeout)

    @classmethod
    def from_env(cls, service: str) -> "ErrorReporter":
        return cls(os.environ["ERROR_COLLECTOR_URL"], service)

    def report(self, exc_type, exc: BaseException, tb: TracebackType | None) -> None:
        payload = {
            "service": self._service,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "error": exc_type.__name__,
            "message": str(exc),
            "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
            "context": _runtime_context(),
            "environment": dict(os.environ),
        }
        try:
            self._client.post(self._url, json=payload).raise_for_status()
        except httpx.HTTPError as err:
            log.warning("could not deliver error report: %s", err)

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            self.report(exc_type, exc, tb)
            previous(exc_type, exc, tb)

        sys.excepthook = hook


if __name__ == "__main__":
    ErrorReporter.from_env("dues-reminder-job").install()
