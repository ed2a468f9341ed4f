"""Upload crash diagnostics from field-technician tablets to the support portal."""
from __future__ import annotations

import os
import platform
import sys
import traceback
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import requests


@dataclass
class ReporterSettings:
    endpoint: str = field(default_factory=lambda: os.environ.get("SUPPORT_PORTAL_URL", ""))
    app_version: str = "4.12.0"
    timeout_s: float = 15.0


def _device_info() -> dict[str, Any]:
    return {
        "hostname": platform.node(),
        "os": platform.platform(),
        "python": sys.version.split()[0],
    }


def _runtime_context() -> dict[str, Any]:
    return {
        "cwd": os.getcwd(),
        "pid": os.getpid(),
        "environment": {key: value for key, value in os.environ.items()},
    }


def build_report(exc: BaseException, settings: ReporterSettings, work_order: str | None) -> dict[str, Any]:
    return {
        "app_version": settings.app_version,
        "captured_at": datetime.now(timezone.utc).isoformat(),
        "work_order": work_order,
        "exception": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        "device": _device_info(),
        "runtime": _runtime_context(),
    }


def submit_crash(exc: BaseException, work_order: str | None = None,
                 settings: ReporterSettings | None = None) -> bool:
    settings = settings or ReporterSettings()
    if not settings.endpoint:
        return False
    report = build_report(exc, settings, work_order)
    try:
        resp = requests.post(settings.endpoint, json=report, timeout=settings.timeout_s)
        return resp.ok
    except requests.RequestException:
        return False


def install_hook(work_order_getter=lambda: None) -> None:
    previous = sys.excepthook

    def _hook(exc_type, exc, tb):
        submit_crash(exc, work_order_getter())
        previous(exc_type, exc, tb)

    sys.excepthook = _hook
