"""Error reporting for the flock records desktop sync agent.

Unhandled exceptions are sent to the developer's error collector with the
app version, platform and the non-secret sync settings. The ``.env`` file is
read only to learn which optional features are switched on.
"""
from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger(__name__)

APP_DIR = Path(__file__).resolve().parent
ENV_FILE = APP_DIR / ".env"
COLLECTOR_URL = os.environ.get(
    "FLOCK_CRASH_COLLECTOR_URL", "https://errors.flockrecords.app/api/v1/reports"
)
APP_VERSION = "3.4.2"
FEATURE_FLAGS = ("SYNC_PHOTOS", "SYNC_WEIGHTS", "OFFLINE_MODE", "SYNC_INTERVAL_MIN")


class ErrorReporter:
    def __init__(self, collector_url: str = COLLECTOR_URL, env_file: Path = ENV_FILE):
        self.collector_url = collector_url
        self.env_file = env_file
        self._lock = threading.Lock()

    def _features(self) -> dict:
        values = dotenv_values(self.env_file) if self.env_file.exists() else {}
        return {name: values[name] for name in FEATURE_FLAGS if name in values}

    def _context(self) -> dict:
        return {
            "app_version": APP_VERSION,
            "python": sys.version.split()[0],
            "platform": sys.platform,
            "features": self._features(),
        }

    def report(self, exc_type, exc, tb) -> None:
        body = {
            "type": exc_type.__name__,
            "stack": "".join(traceback.format_tb(tb)),
            "context": self._context(),
        }
        with self._lock:
            try:
                httpx.post(self.collector_url, json=body, timeout=10)
            except httpx.HTTPError as err:
                log.warning("error report not delivered: %s", err)

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            if not issubclass(exc_type, KeyboardInterrupt):
                self.report(exc_type, exc, tb)
            previous(exc_type, exc, tb)

        sys.excepthook = hook


reporter = ErrorReporter()
