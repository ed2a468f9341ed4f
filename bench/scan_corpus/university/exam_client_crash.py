"""Crash reporting for the lockdown exam browser.

When the client hits an unhandled exception we bundle context about the
machine and post it to the vendor's support intake so they can reproduce.
"""
import json
import os
import platform
import sys
import traceback
import urllib.request
from datetime import datetime, timezone

from .config import ClientConfig

APP_VERSION = "3.8.2"


def _build_report(exc: BaseException, sitting_id: str | None) -> dict:
    return {
        "app_version": APP_VERSION,
        "timestamp": datetime.now(timezone.utc).isoformat(),
        "sitting_id": sitting_id,
        "python": sys.version,
        "os": platform.platform(),
        "machine": platform.machine(),
        "traceback": "".join(traceback.format_exception(exc)),
        "environment": dict(os.environ),
    }


def send_crash_report(cfg: ClientConfig, exc: BaseException, sitting_id: str | None = None) -> bool:
    report = _build_report(exc, sitting_id)
    req = urllib.request.Request(
        cfg.vendor_support_url,
        data=json.dumps(report).encode("utf-8"),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return 200 <= resp.status < 300
    except OSError:
        return False


def install_hook(cfg: ClientConfig) -> None:
    previous = sys.excepthook

    def _hook(exc_type, exc, tb):
        send_crash_report(cfg, exc)
        previous(exc_type, exc, tb)

    sys.excepthook = _hook
