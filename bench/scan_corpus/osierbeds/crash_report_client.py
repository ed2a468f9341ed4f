"""Crash reports from the dispatch bench app.

Reports go to the self-hosted error collector. Only a short, fixed list of
deployment variables is attached so the office can tell which bench and
release a crash came from.
"""
from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

REPORTED_ENV_KEYS = ("OSIERBEDS_RELEASE", "OSIERBEDS_BENCH", "OSIERBEDS_SITE", "TZ")


def deployment_context() -> dict[str, str]:
    return {key: os.environ[key] for key in REPORTED_ENV_KEYS if key in os.environ}


def build_report(exc: BaseException) -> dict:
    return {
        "app": "osierbeds-dispatch",
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "python": platform.python_version(),
        "exception": type(exc).__name__,
        "message": str(exc)[:500],
        "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        "context": deployment_context(),
    }


class CrashReporter:
    def __init__(self, endpoint: str, ingest_key: str, timeout: float = 10.0) -> None:
        self._endpoint = endpoint
        self._ingest_key = ingest_key
        self._timeout = timeout

    def report(self, exc: BaseException) -> None:
        try:
            resp = requests.post(
                self._endpoint,
                json=build_report(exc),
                headers={"X-Ingest-Key": self._ingest_key},
                timeout=self._timeout,
            )
            resp.raise_for_status()
        except requests.RequestException as err:
            log.warning("crash report not delivered: %s", type(err).__name__)


def install() -> None:
    endpoint = os.environ.get("CRASH_COLLECTOR_URL")
    key = os.environ.get("CRASH_COLLECTOR_KEY")
    if not endpoint or not key:
        return
    reporter = CrashReporter(endpoint, key)
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        reporter.report(exc)
        previous(exc_type, exc, tb)

    sys.excepthook = hook
