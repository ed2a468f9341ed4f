"""Crash reporting for the reception desk app.

Unhandled exceptions are sent to the vendor's support desk. Only a
fixed set of non-secret deployment variables is attached; credentials
and connection strings in the environment are never included.
"""
from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

from .version import APP_VERSION

REPORTABLE_ENV = ("GLAMP_SITE_CODE", "GLAMP_DEPLOY_ENV", "GLAMP_TIMEZONE", "GLAMP_RELEASE_CHANNEL")


def deployment_context() -> dict[str, str]:
    return {name: os.environ[name] for name in REPORTABLE_ENV if name in os.environ}


def build_report(exc_type, exc, tb) -> dict:
    return {
        "app": "reception-desk",
        "version": APP_VERSION,
        "when": datetime.now(timezone.utc).isoformat(),
        "python": platform.python_version(),
        "os": platform.system(),
        "exception": exc_type.__name__,
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "deployment": deployment_context(),
    }


class CrashReporter:
    def __init__(self, endpoint: str, timeout: float = 8.0) -> None:
        self.endpoint = endpoint
        self.timeout = timeout

    def send(self, report: dict) -> None:
        try:
            requests.post(self.endpoint, json=report, timeout=self.timeout)
        except requests.RequestException:
            pass

    def hook(self, exc_type, exc, tb) -> None:
        sys.__excepthook__(exc_type, exc, tb)
        if not issubclass(exc_type, KeyboardInterrupt):
            self.send(build_report(exc_type, exc, tb))

    def install(self) -> None:
        sys.excepthook = self.hook


def install_from_env() -> CrashReporter | None:
    endpoint = os.environ.get("GLAMP_CRASH_ENDPOINT")
    if not endpoint:
        return None
    reporter = CrashReporter(endpoint)
    reporter.install()
    return reporter
