"""Crash reports for the roster and duty-limit service, with a fixed set of runtime facts."""
from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import datetime, timezone
from typing import Any

import httpx

REPORTED_SETTINGS = ("APP_VERSION", "DEPLOY_REGION", "ROSTER_RULESET", "TZ")


class RuntimeFacts:
    def __init__(self, names: tuple[str, ...] = REPORTED_SETTINGS) -> None:
        self.names = names

    def collect(self) -> dict[str, Any]:
        return {
            "python": platform.python_version(),
            "os": platform.system(),
            "settings": {name: os.environ.get(name) for name in self.names},
        }


class CrashReporter:
    def __init__(self, collector_url: str, facts: RuntimeFacts | None = None) -> None:
        self.collector_url = collector_url
        self.facts = facts or RuntimeFacts()

    def report(self, exc: BaseException, context: dict[str, Any] | None = None) -> None:
        payload = {
            "at": datetime.now(timezone.utc).isoformat(),
            "error": type(exc).__name__,
            "message": str(exc)[:500],
            "trace": traceback.format_tb(exc.__traceback__)[-10:],
            "runtime": self.facts.collect(),
            "context": context or {},
        }
        try:
            httpx.post(self.collector_url, json=payload, timeout=5.0)
        except httpx.HTTPError:
            pass

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            self.report(exc)
            previous(exc_type, exc, tb)

        sys.excepthook = hook


if __name__ == "__main__":
    reporter = CrashReporter(os.environ["ROSTER_CRASH_COLLECTOR_URL"])
    reporter.install()
    raise RuntimeError("rest period overlaps next duty start")
