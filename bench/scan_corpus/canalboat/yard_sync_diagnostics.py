"""Crash diagnostics for the yard tablet sync service.

When the background sync between the yard tablets and head office fails,
a report is posted to the support team's intake endpoint so they can see
which build and configuration the tablet was running.
"""
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

from canalboat import __version__
from canalboat.settings import settings

CONFIG_PREFIX = "CANALBOAT_"


def _runtime_context() -> dict:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "hostname": platform.node(),
        "build": __version__,
        "config": {k: v for k, v in os.environ.items() if k.startswith(CONFIG_PREFIX)},
    }


def build_report(exc: BaseException, yard_code: str) -> dict:
    return {
        "yard": yard_code,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "error": type(exc).__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        "context": _runtime_context(),
    }


def send_report(exc: BaseException, yard_code: str = settings.YARD_CODE) -> bool:
    report = build_report(exc, yard_code)
    try:
        resp = requests.post(settings.SUPPORT_INTAKE_URL, json=report, timeout=10)
    except requests.RequestException:
        return False
    return resp.status_code < 300


def run_with_reporting(job, *args, **kwargs):
    try:
        return job(*args, **kwargs)
    except Exception as exc:
        send_report(exc)
        raise
