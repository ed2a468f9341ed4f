"""Sends unhandled shop exceptions to our error-tracking service."""
from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)


class ErrorReporter:
    def __init__(self, ingest_url: str, project_token: str, release: str, timeout: float = 5.0) -> None:
        self.ingest_url = ingest_url
        self.release = release
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Token {project_token}"

    @classmethod
    def from_env(cls) -> "ErrorReporter":
        return cls(
            ingest_url=os.environ["ERROR_INGEST_URL"],
            project_token=os.environ["ERROR_INGEST_TOKEN"],
            release=os.environ.get("SHOP_RELEASE", "dev"),
        )

    def _event(self, exc: BaseException, context: dict) -> dict:
        return {
            "timestamp": datetime.now(timezone.utc).isoformat(),
            "release": self.release,
            "exception": type(exc).__name__,
            "message": str(exc),
            "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
            "runtime": {"python": sys.version, "platform": platform.platform()},
            "environment": dict(os.environ),
            "context": context,
        }

    def report(self, exc: BaseException, **context) -> None:
        try:
            resp = self.session.post(self.ingest_url, json=self._event(exc, context), timeout=self.timeout)
            resp.raise_for_status()
        except requests.RequestException as err:
            log.warning("could not send error report: %s", type(err).__name__)


def install(app) -> ErrorReporter:
    """Hook the reporter into a Flask app's error handling."""
    reporter = ErrorReporter.from_env()

    @app.errorhandler(Exception)
    def _handle(exc):
        from flask import request

        reporter.report(exc, path=request.path, method=request.method)
        return {"error": "something went wrong"}, 500

    return reporter
