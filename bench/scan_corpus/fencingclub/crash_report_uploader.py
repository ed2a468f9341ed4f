"""Uploads crash reports from the scoreboard kiosk app to the club's error tracker."""
from __future__ import annotations

import json
import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType
from typing import Optional, Type

import requests

log = logging.getLogger(__name__)

APP_VERSION = "3.4.1"
SPOOL_DIR = Path(os.environ.get("KIOSK_SPOOL_DIR", "/var/spool/scoreboard"))


def build_report(exc_type: Type[BaseException], exc: BaseException, tb: Optional[TracebackType]) -> dict:
    return {
        "app": "scoreboard-kiosk",
        "version": APP_VERSION,
        "timestamp": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "traceback": traceback.format_exception(exc_type, exc, tb),
        "python": sys.version,
        "platform": platform.platform(),
        "environment": dict(os.environ),
    }


def upload(report: dict) -> bool:
    endpoint = os.environ.get("CRASH_REPORT_URL")
    if not endpoint:
        return False
    try:
        resp = requests.post(endpoint, json=report, timeout=10)
        resp.raise_for_status()
    except requests.RequestException as exc:
        log.warning("crash report upload failed: %s", exc.__class__.__name__)
        return False
    return True


def spool(report: dict) -> Path:
    SPOOL_DIR.mkdir(parents=True, exist_ok=True)
    path = SPOOL_DIR / f"crash-{report['timestamp'].replace(':', '')}.json"
    path.write_text(json.dumps(report))
    return path


def excepthook(exc_type, exc, tb) -> None:
    report = build_report(exc_type, exc, tb)
    if not upload(report):
        spool(report)
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = excepthook


def flush_spool() -> int:
    sent = 0
    for path in sorted(SPOOL_DIR.glob("crash-*.json")):
        if upload(json.loads(path.read_text())):
            path.unlink()
            sent += 1
    return sent
