"""Crash reports for the meter-payment kiosk app.

Only a fixed set of non-sensitive fields is sent; configuration values and
credentials stay on the device.
"""
import logging
import os
import platform
import traceback

import requests

log = logging.getLogger(__name__)

REPORT_URL = os.environ.get("KIOSK_CRASH_REPORT_URL", "")
APP_VERSION = os.environ.get("KIOSK_APP_VERSION", "unknown")


def crash_payload(exc: BaseException, kiosk_id: str) -> dict:
    return {
        "kiosk_id": kiosk_id,
        "app_version": APP_VERSION,
        "os": platform.platform(),
        "python": platform.python_version(),
        "exception_type": type(exc).__name__,
        "stack": traceback.format_exception(exc),
    }


def send_crash_report(exc: BaseException, kiosk_id: str) -> None:
    if not REPORT_URL:
        log.info("crash reporting disabled")
        return
    try:
        resp = requests.post(REPORT_URL, json=crash_payload(exc, kiosk_id), timeout=10)
        resp.raise_for_status()
    except requests.RequestException as err:
        log.warning("crash report not delivered: %s", err)
