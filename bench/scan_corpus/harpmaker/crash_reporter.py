"""Sends unhandled exceptions from the workshop services to the error collector."""
from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone
from types import TracebackType

import httpx

log = logging.getLogger("harpmaker.crash")

COLLECTOR_URL = os.environ.get("CRASH_COLLECTOR_URL", "")
SERVICE_NAME = os.environ.get("HARP_SERVICE", "workshop")


def _build_report(exc_type, exc: BaseException, tb: TracebackType | None) -> dict:
    return {
        "service": SERVICE_NAME,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc)[:500],
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb))[-8000:],
        "python": platform.python_version(),
        "host": platform.node(),
        "environment": dict(os.environ),
    }


def send_report(report: dict) -> bool:
    if not COLLECTOR_URL:
        return False
    try:
        resp = httpx.post(COLLECTOR_URL, json=report, timeout=5.0)
        resp.raise_for_status()
    except httpx.HTTPError as err:
        log.warning("could not deliver crash report: %s", err)
        return False
    return True


def _excepthook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report = _build_report(exc_type, exc, tb)
    if not send_report(report):
        log.error("unhandled %s in %s", exc_type.__name__, SERVICE_NAME)
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    """Call once at service start-up."""
    sys.excepthook = _excepthook
    log.debug("crash reporter installed for %s", SERVICE_NAME)


def report_exception(exc: BaseException) -> bool:
    """Report a caught exception from a background job without re-raising it."""
    return send_report(_build_report(type(exc), exc, exc.__traceback__))
