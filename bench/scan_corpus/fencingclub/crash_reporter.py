"""Crash reporting for the armoury desk terminal application."""
from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

APP_NAME = "armoury-desk"
APP_VERSION = "2.9.0"

REPORTABLE_ENV = ("DEPLOY_ENV", "CLUB_SITE", "TERMINAL_ID", "TZ", "LANG")


def runtime_context() -> dict:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "settings": {key: os.environ[key] for key in REPORTABLE_ENV if key in os.environ},
    }


def build_report(exc_type, exc, tb) -> dict:
    return {
        "app": APP_NAME,
        "version": APP_VERSION,
        "at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "frames": [
            {"file": os.path.basename(f.filename), "line": f.lineno, "function": f.name}
            for f in traceback.extract_tb(tb)
        ],
        "context": runtime_context(),
    }


def send(report: dict) -> bool:
    endpoint = os.environ.get("CRASH_REPORT_URL")
    if not endpoint:
        return False
    try:
        requests.post(endpoint, json=report, timeout=10).raise_for_status()
    except requests.RequestException as exc:
        log.warning("could not send crash report: %s", exc.__class__.__name__)
        return False
    return True


def _hook(exc_type, exc, tb) -> None:
    try:
        send(build_report(exc_type, exc, tb))
    finally:
        sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = _hook
