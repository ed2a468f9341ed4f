"""Sends crash reports from the table tablets' scoring app to the club server.

Only an explicit list of harmless facts about the device goes with the
traceback; the environment and configuration stay on the tablet.
"""
from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone
from typing import Optional

import httpx

log = logging.getLogger("bridgeclub.tablet.crash")

APP_VERSION = "3.1.0"


def _device_facts() -> dict:
    return {
        "app_version": APP_VERSION,
        "python": platform.python_version(),
        "os": platform.system(),
        "os_release": platform.release(),
        "machine": platform.machine(),
        "locale": os.environ.get("LANG", "C").split(".")[0],
    }


class TabletCrashReporter:
    def __init__(self, endpoint: str, table_number: int, client: Optional[httpx.Client] = None):
        self._endpoint = endpoint
        self._table = table_number
        self._client = client or httpx.Client(timeout=5.0)

    def build_report(self, exc: BaseException) -> dict:
        return {
            "table": self._table,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "exception": type(exc).__name__,
            "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
            "device": _device_facts(),
        }

    def send(self, exc: BaseException) -> bool:
        try:
            resp = self._client.post(self._endpoint, json=self.build_report(exc))
            resp.raise_for_status()
        except httpx.HTTPError as err:
            log.warning("crash report not delivered: %s", type(err).__name__)
            return False
        return True

    def install(self) -> None:
        previous = sys.excepthook

        def _hook(exc_type, exc, tb):
            self.send(exc)
            previous(exc_type, exc, tb)

        sys.excepthook = _hook
