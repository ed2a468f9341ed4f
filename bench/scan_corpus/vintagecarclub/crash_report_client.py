"""Crash reports from the concours judging tablet app.

Judges score cars on tablets running a small Python app. When it crashes,
a report with the traceback and a few diagnostic settings is sent to the
club's support service so the volunteer developers can fix it.
"""
from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import httpx

REPORT_ENV_KEYS = ("JUDGING_APP_CHANNEL", "JUDGING_EVENT_CODE", "LANG", "TZ")
APP_VERSION = "2.7.0"


class CrashReporter:
    def __init__(self, endpoint: str, client: httpx.Client | None = None) -> None:
        self.endpoint = endpoint
        self.client = client or httpx.Client(timeout=10)

    @staticmethod
    def diagnostic_env() -> dict[str, str]:
        return {key: os.environ[key] for key in REPORT_ENV_KEYS if key in os.environ}

    def build(self, exc: BaseException) -> dict:
        return {
            "app_version": APP_VERSION,
            "python": platform.python_version(),
            "os": platform.system(),
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "traceback": traceback.format_exception(exc),
            "env": self.diagnostic_env(),
        }

    def send(self, exc: BaseException) -> bool:
        try:
            self.client.post(self.endpoint, json=self.build(exc)).raise_for_status()
        except httpx.HTTPError:
            return False
        return True

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            self.send(exc)
            previous(exc_type, exc, tb)

        sys.excepthook = hook


def install_from_env() -> CrashReporter | None:
    endpoint = os.environ.get("JUDGING_APP_CRASH_ENDPOINT")
    if not endpoint:
        return None
    reporter = CrashReporter(endpoint)
    reporter.install()
    return reporter
