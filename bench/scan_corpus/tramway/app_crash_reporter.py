"""Crash reporting for the depot yard-controller desktop application."""
from __future__ import annotations

import os
import platform
import sys
import traceback
import uuid
from datetime import datetime, timezone
from typing import Any, Dict, Optional

import httpx

REPORTED_ENV_KEYS = ("YARD_APP_BUILD", "YARD_DEPOT_CODE", "YARD_UI_LOCALE", "TZ")


def _environment_summary() -> Dict[str, str]:
    return {k: os.environ[k] for k in REPORTED_ENV_KEYS if k in os.environ}


def _crash_document(exc: BaseException, screen: Optional[str]) -> Dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "at": datetime.now(timezone.utc).isoformat(),
        "screen": screen,
        "exception": type(exc).__name__,
        "trace": traceback.format_exception(type(exc), exc, exc.__traceback__)[-15:],
        "os": platform.system(),
        "os_release": platform.release(),
        "python": platform.python_version(),
        "env": _environment_summary(),
    }


class CrashReporter:
    def __init__(self, endpoint: Optional[str] = None, ca_bundle: Optional[str] = None) -> None:
        self.endpoint = endpoint or os.environ.get("YARD_CRASH_ENDPOINT")
        self._verify = ca_bundle or os.environ.get("YARD_CA_BUNDLE", True)

    def send(self, exc: BaseException, screen: Optional[str] = None) -> Optional[str]:
        if not self.endpoint:
            return None
        doc = _crash_document(exc, screen)
        try:
            with httpx.Client(timeout=10.0, verify=self._verify) as client:
                client.post(self.endpoint, json=doc).raise_for_status()
        except httpx.HTTPError:
            return None
        return doc["id"]


def install(reporter: CrashReporter) -> None:
    original = sys.excepthook

    def _hook(exc_type, exc, tb):
        reporter.send(exc)
        original(exc_type, exc, tb)

    sys.excepthook = _hook
