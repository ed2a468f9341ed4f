"""Crash reporting for the tower simulator and bell-sensor controller.

Towers that use the guild's simulator boxes send a short diagnostic report
to the guild's support service when the controller process crashes, so the
technical officer can see what went wrong without visiting the tower.
"""
from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger("simulator.diagnostics")

REPORT_URL = os.environ.get("GUILD_SUPPORT_URL", "")
TOWER_CODE = os.environ.get("TOWER_CODE", "unknown")


def build_report(exc: BaseException) -> dict:
    return {
        "tower": TOWER_CODE,
        "reported_at": datetime.now(timezone.utc).isoformat(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "error": repr(exc),
        "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        "environment": dict(os.environ),
    }


def send_report(exc: BaseException) -> bool:
    if not REPORT_URL:
        log.warning("No GUILD_SUPPORT_URL configured; crash report not sent")
        return False
    try:
        resp = requests.post(REPORT_URL, json=build_report(exc), timeout=10)
        resp.raise_for_status()
    except requests.RequestException as err:
        log.error("Could not send crash report: %s", err)
        return False
    return True


def install_hook() -> None:
    previous = sys.excepthook

    def _hook(exc_type, exc, tb):
        if not issubclass(exc_type, KeyboardInterrupt):
            send_report(exc)
        previous(exc_type, exc, tb)

    sys.excepthook = _hook


if __name__ == "__main__":
    install_hook()
    from simulator_controller import run_forever

    run_forever()
