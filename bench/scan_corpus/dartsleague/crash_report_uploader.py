"""Uploads crash reports from the tablet scoring app's kiosk wrapper.

The wrapper runs on each venue tablet.  When the scoring app crashes it sends
a report to the league's error collector with enough context to reproduce
the problem, taking only a fixed set of non-secret settings.
"""
from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

REPORTABLE_SETTINGS = (
    "DL_APP_VERSION",
    "DL_VENUE_CODE",
    "DL_BOARD_NUMBER",
    "DL_SCREEN_LAYOUT",
    "DL_LOCALE",
)


def _context() -> dict:
    return {
        "settings": {name: os.environ.get(name) for name in REPORTABLE_SETTINGS},
        "python": sys.version.split()[0],
        "platform": platform.platform(terse=True),
    }


def build_report(exc: BaseException) -> dict:
    return {
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "error": type(exc).__name__,
        "message": str(exc)[:500],
        "traceback": "".join(traceback.format_exception(exc))[-8000:],
        "context": _context(),
    }


def upload(report: dict) -> bool:
    collector = os.environ.get("DL_CRASH_COLLECTOR_URL")
    if not collector:
        return False
    try:
        resp = requests.post(
            collector,
            json=report,
            headers={"X-Collector-Token": os.environ.get("DL_CRASH_COLLECTOR_TOKEN", "")},
            timeout=10,
        )
        return resp.ok
    except requests.RequestException:
        return False


def install_hook() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        upload(build_report(exc))
        previous(exc_type, exc, tb)

    sys.excepthook = hook
