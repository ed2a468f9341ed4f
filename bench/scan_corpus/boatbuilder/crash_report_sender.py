"""Sends crash reports from the yard's office apps to the error tracker.

Only a short allow-list of deployment variables goes with a report so
the tracker can tell which site and release crashed.
"""
from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone
from types import TracebackType

import requests

log = logging.getLogger(__name__)

REPORTED_ENV = ("YARD_SITE", "APP_RELEASE", "DEPLOY_ENV", "TZ")


def deployment_tags() -> dict[str, str]:
    return {key: os.environ[key] for key in REPORTED_ENV if key in os.environ}


class CrashReporter:
    def __init__(self, endpoint: str, app_name: str, timeout: float = 10.0) -> None:
        self.endpoint = endpoint
        self.app_name = app_name
        self.timeout = timeout

    def build_report(self, exc_type, exc: BaseException, tb: TracebackType | None) -> dict:
        return {
            "app": self.app_name,
            "at": datetime.now(timezone.utc).isoformat(),
            "exception": exc_type.__name__,
            "message": str(exc)[:500],
            "stack": traceback.format_tb(tb)[-20:],
            "python": platform.python_version(),
            "os": platform.system(),
            "tags": deployment_tags(),
        }

    def send(self, report: dict) -> None:
        try:
            resp = requests.post(self.endpoint, json=report, timeout=self.timeout)
            resp.raise_for_status()
        except requests.RequestException as err:
            log.warning("could not deliver crash report: %s", err)

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            self.send(self.build_report(exc_type, exc, tb))
            previous(exc_type, exc, tb)

        sys.excepthook = hook


def install_from_env(app_name: str) -> CrashReporter | None:
    endpoint = os.environ.get("CRASH_REPORT_URL")
    if not endpoint:
        return None
    reporter = CrashReporter(endpoint, app_name)
    reporter.install()
    return reporter
