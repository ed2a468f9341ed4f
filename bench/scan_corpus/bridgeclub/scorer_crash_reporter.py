"""Crash reporting for the scoring program used at club sessions.

When the scorer crashes mid-session the director needs the maintainers
to look at it quickly, so an unhandled exception is posted to the
club's error collector along with some context about the machine.
"""
from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone
from types import TracebackType
from typing import Optional, Type

import requests

log = logging.getLogger("bridgeclub.crash")

SCORER_VERSION = "2.4.1"


class CrashReporter:
    def __init__(self, collector_url: str, club_code: str, timeout: float = 10.0) -> None:
        self.collector_url = collector_url
        self.club_code = club_code
        self.timeout = timeout

    def _context(self) -> dict:
        return {
            "scorer_version": SCORER_VERSION,
            "python": platform.python_version(),
            "platform": platform.platform(),
            "environment": dict(os.environ),
        }

    def report(self, exc_type: Type[BaseException], exc: BaseException,
               tb: Optional[TracebackType]) -> None:
        payload = {
            "club": self.club_code,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "exception": exc_type.__name__,
            "message": str(exc)[:500],
            "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
            "context": self._context(),
        }
        try:
            resp = requests.post(self.collector_url, json=payload, timeout=self.timeout)
            resp.raise_for_status()
        except requests.RequestException as err:
            log.warning("could not send crash report: %s", err)

    def install(self) -> None:
        previous = sys.excepthook

        def _hook(exc_type, exc, tb):
            self.report(exc_type, exc, tb)
            previous(exc_type, exc, tb)

        sys.excepthook = _hook


def install_from_env() -> Optional[CrashReporter]:
    url = os.environ.get("SCORER_CRASH_COLLECTOR_URL")
    if not url:
        return None
    reporter = CrashReporter(url, os.environ.get("SCORER_CLUB_CODE", "unknown"))
    reporter.install()
    return reporter
