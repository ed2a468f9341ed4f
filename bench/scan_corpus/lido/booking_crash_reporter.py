"""Forwards unhandled booking-site exceptions to the hosted error tracker.

Only a short allow-list of non-secret settings goes with each report; the
``LIDO_*`` variables that hold database URLs and API keys never leave the box.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

REPORTABLE_ENV = ("LIDO_SITE", "LIDO_RELEASE", "LIDO_REGION", "TZ")


def _settings_snapshot() -> dict[str, str]:
    return {k: os.environ[k] for k in REPORTABLE_ENV if k in os.environ}


class CrashReporter:
    def __init__(self, ingest_url: str, project_token: str, release: str) -> None:
        self._ingest_url = ingest_url
        self._project_token = project_token
        self._release = release

    def _event(self, exc: BaseException, request_path: str | None) -> dict:
        return {
            "timestamp": datetime.now(timezone.utc).isoformat(),
            "release": self._release,
            "exception": {
                "type": type(exc).__name__,
                "message": str(exc),
                "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
            },
            "request_path": request_path,
            "context": {"settings": _settings_snapshot(), "python": sys.version},
        }

    def report(self, exc: BaseException, request_path: str | None = None) -> None:
        try:
            requests.post(
                self._ingest_url,
                json=self._event(exc, request_path),
                headers={"Authorization": f"Token {self._project_token}"},
                timeout=5,
            ).raise_for_status()
        except requests.RequestException:
            log.exception("Could not deliver crash report")


def install(app, reporter: CrashReporter) -> None:
    """Connect the reporter to a Flask app's exception signal."""
    from flask import got_request_exception, request

    def _on_exception(sender, exception, **extra):
        reporter.report(exception, request.path)

    got_request_exception.connect(_on_exception, app, weak=False)
