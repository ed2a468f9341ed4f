"""Sends crash reports from the bar till app to the club's incident channel."""
from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

REPORT_URL = os.environ.get("TILL_INCIDENT_URL", "")
APP_VERSION = os.environ.get("TILL_APP_VERSION", "dev")
DEPLOY_ENV = os.environ.get("TILL_DEPLOY_ENV", "production")


@dataclass
class CrashReport:
    occurred_at: str
    app_version: str
    deploy_env: str
    python: str
    terminal: str
    error: str
    traceback: str

    @classmethod
    def from_exception(cls, exc: BaseException, terminal: str) -> "CrashReport":
        return cls(
            occurred_at=datetime.now(timezone.utc).isoformat(),
            app_version=APP_VERSION,
            deploy_env=DEPLOY_ENV,
            python=platform.python_version(),
            terminal=terminal,
            error=f"{type(exc).__name__}: {exc}",
            traceback="".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        )


def send(report: CrashReport) -> bool:
    if not REPORT_URL:
        log.warning("TILL_INCIDENT_URL not set; crash report kept locally only")
        return False
    try:
        resp = requests.post(REPORT_URL, json=asdict(report), timeout=10)
        resp.raise_for_status()
    except requests.RequestException:
        log.exception("Crash report delivery failed")
        return False
    return True


def install(terminal: str) -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        try:
            send(CrashReport.from_exception(exc, terminal))
        finally:
            previous(exc_type, exc, tb)

    sys.excepthook = hook
    log.info("Crash reporting installed for till %s (%s)", terminal, DEPLOY_ENV)
