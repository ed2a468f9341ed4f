"""Sends crash and fault reports from the site tablet sync service.

When the sync service hits an unhandled error it posts a fault report to the
internal error collector so the app team can see which release and site
profile was involved.
"""
from __future__ import annotations

import hashlib
import os
import platform
import socket
import traceback

import requests

REPORTABLE_ENV_KEYS = ("APP_ENV", "APP_RELEASE", "SYNC_REGION", "TABLET_PROFILE")


def _environment_summary() -> dict[str, str]:
    return {key: os.environ[key] for key in REPORTABLE_ENV_KEYS if key in os.environ}


def _host_ref() -> str:
    return hashlib.sha256(socket.gethostname().encode()).hexdigest()[:12]


def build_report(exc: BaseException, context: dict | None = None) -> dict:
    return {
        "error_type": type(exc).__name__,
        "message": str(exc)[:500],
        "stack": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))[-8000:],
        "python": platform.python_version(),
        "host_ref": _host_ref(),
        "environment": _environment_summary(),
        "context": {k: v for k, v in (context or {}).items() if k in ("site_code", "job_ref")},
    }


def send_fault_report(exc: BaseException, context: dict | None = None) -> None:
    collector = os.environ.get("FAULT_COLLECTOR_URL")
    if not collector:
        return
    try:
        requests.post(
            collector,
            json=build_report(exc, context),
            headers={"Authorization": f"Bearer {os.environ.get('FAULT_COLLECTOR_TOKEN', '')}"},
            timeout=5,
        )
    except requests.RequestException:
        pass
