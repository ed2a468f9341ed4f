"""Crash reports from the guild's tower simulator boxes.

Only an allow-listed set of non-secret settings is included so the technical
officer can tell which build and which tower a report came from.
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

REPORTABLE_SETTINGS = ("TOWER_CODE", "SIMULATOR_BUILD", "SENSOR_COUNT", "TZ")


def reportable_settings() -> dict[str, str]:
    return {name: os.environ[name] for name in REPORTABLE_SETTINGS if name in os.environ}


def build_report(exc: BaseException) -> dict:
    return {
        "reported_at": datetime.now(timezone.utc).isoformat(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "error": type(exc).__name__,
        "traceback": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "settings": reportable_settings(),
    }


def send_report(exc: BaseException) -> bool:
    url = os.environ.get("GUILD_SUPPORT_URL")
    if not url:
        log.warning("GUILD_SUPPORT_URL not set; crash report kept locally")
        return False
    try:
        requests.post(url, json=build_report(exc), timeout=10).raise_for_status()
    except requests.RequestException as err:
        log.error("Crash report failed: %s", err)
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
