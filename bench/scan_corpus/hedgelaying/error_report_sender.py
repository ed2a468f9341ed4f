"""Error reports from the foreman's offline job-sheet app.

The app runs on laptops in the vans. Unhandled errors are posted to the
office error collector with enough context to reproduce them; only a
fixed set of non-secret settings is included from the environment.
"""
from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import httpx

REPORTED_ENV_KEYS = ("APP_CHANNEL", "APP_REGION", "OFFLINE_MODE", "TZ", "LANG")


def reported_environment() -> dict[str, str]:
    return {key: os.environ[key] for key in REPORTED_ENV_KEYS if key in os.environ}


class ErrorReportSender:
    def __init__(self, endpoint: str, device_id: str, version: str) -> None:
        self.endpoint = endpoint
        self.device_id = device_id
        self.version = version

    def report(self, exc_type, exc, tb) -> dict:
        return {
            "app": "foreman-jobsheets",
            "version": self.version,
            "device": self.device_id,
            "at": datetime.now(timezone.utc).isoformat(),
            "exception": exc_type.__name__,
            "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
            "python": platform.python_version(),
            "settings": reported_environment(),
        }

    def send(self, payload: dict) -> None:
        try:
            httpx.post(self.endpoint, json=payload, timeout=5.0)
        except httpx.HTTPError:
            pass

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            self.send(self.report(exc_type, exc, tb))
            previous(exc_type, exc, tb)

        sys.excepthook = hook
