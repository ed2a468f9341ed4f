"""Crash reporting for blitz game nodes, sending only non-sensitive context."""
from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger("blitz.crash")

SAFE_ENV_KEYS = ("BLITZ_NODE_NAME", "BLITZ_REGION", "APP_VERSION", "DEPLOY_ENV", "TZ")


def runtime_context() -> dict:
    return {
        "env": {key: os.environ[key] for key in SAFE_ENV_KEYS if key in os.environ},
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "pid": os.getpid(),
    }


def build_report(exc: BaseException, active_games: int) -> dict:
    return {
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        "active_games": active_games,
        "context": runtime_context(),
    }


class CrashReporter:
    def __init__(self, collector_url: str, ingest_key: str, game_registry):
        self._url = collector_url
        self._key = ingest_key
        self._registry = game_registry

    @classmethod
    def from_env(cls, game_registry) -> "CrashReporter":
        return cls(os.environ["CRASH_COLLECTOR_URL"], os.environ["CRASH_INGEST_KEY"], game_registry)

    def report(self, exc: BaseException) -> None:
        payload = build_report(exc, self._registry.active_count())
        try:
            resp = requests.post(
                self._url,
                json=payload,
                headers={"X-Ingest-Key": self._key},
                timeout=10,
            )
            resp.raise_for_status()
        except requests.RequestException as err:
            log.error("crash report upload failed: %s", type(err).__name__)

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc_value, exc_tb):
            self.report(exc_value)
            previous(exc_type, exc_value, exc_tb)

        sys.excepthook = hook
