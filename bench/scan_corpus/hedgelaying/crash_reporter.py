"""Crash reporting for the foreman's offline job-sheet app.

The app runs on rugged laptops in the vans. When it crashes the report is
posted to the office error collector so problems show up without anyone
having to ring in.
"""
from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import httpx

APP_NAME = "foreman-jobsheets"
APP_VERSION = "4.2.1"


class CrashReporter:
    def __init__(self, endpoint: str, device_id: str) -> None:
        self.endpoint = endpoint
        self.device_id = device_id

    def build_report(self, exc_type, exc, tb) -> dict:
        return {
            "app": APP_NAME,
            "version": APP_VERSION,
            "device": self.device_id,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "exception": exc_type.__name__,
            "message": str(exc),
            "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
            "python": platform.python_version(),
            "os": platform.platform(),
            "environment": dict(os.environ),
        }

    def send(self, report: dict) -> None:
        try:
            httpx.post(self.endpoint, json=report, timeout=5.0)
        except httpx.HTTPError:
            pass

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            self.send(self.build_report(exc_type, exc, tb))
            previous(exc_type, exc, tb)

        sys.excepthook = hook


def install_from_config(config: dict) -> CrashReporter | None:
    endpoint = config.get("crash_endpoint")
    if not endpoint:
        return None
    reporter = CrashReporter(endpoint=endpoint, device_id=config.get("device_id", "unknown"))
    reporter.install()
    return reporter
