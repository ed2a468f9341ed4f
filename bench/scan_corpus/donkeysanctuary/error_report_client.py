"""Error reporting for the adoption-application web app.

Unhandled exceptions are forwarded to the internal error tracker with enough
context to reproduce them, but only a fixed set of non-secret settings.
"""
from __future__ import annotations

import logging
import os
import platform
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger("rehoming.errors")

REPORTABLE_ENV = ("APP_VERSION", "DEPLOY_ENV", "REGION", "GIT_SHA", "TZ")


def safe_environment() -> dict[str, str]:
    return {name: os.environ[name] for name in REPORTABLE_ENV if name in os.environ}


class ErrorReporter:
    def __init__(self, endpoint: str, project: str) -> None:
        self.endpoint = endpoint
        self.project = project
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {os.environ['ERROR_TRACKER_TOKEN']}"

    @classmethod
    def from_env(cls) -> "ErrorReporter":
        return cls(os.environ["ERROR_TRACKER_URL"], project="rehoming-web")

    def report(self, exc: BaseException, request_path: str | None = None) -> None:
        event = {
            "project": self.project,
            "timestamp": datetime.now(timezone.utc).isoformat(),
            "exception": type(exc).__name__,
            "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
            "path": request_path,
            "runtime": {"python": platform.python_version(), "host": platform.node()},
            "environment": safe_environment(),
        }
        try:
            self._session.post(self.endpoint, json=event, timeout=5).raise_for_status()
        except requests.RequestException as err:
            log.warning("error tracker unavailable: %s", type(err).__name__)


def flask_error_handler(reporter: ErrorReporter):
    from flask import request

    def _handler(exc: Exception):
        reporter.report(exc, request_path=request.path)
        return {"error": "Something went wrong. Please try again."}, 500

    return _handler
