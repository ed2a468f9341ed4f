"""Reports unhandled errors from the booking site to the mill's error tracker."""
from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import httpx

log = logging.getLogger(__name__)


class ErrorReporter:
    def __init__(self, endpoint: str, project: str, timeout: float = 5.0):
        self._endpoint = endpoint
        self._project = project
        self._client = httpx.Client(timeout=timeout)

    @classmethod
    def from_env(cls) -> "ErrorReporter":
        return cls(
            endpoint=os.environ["ERROR_TRACKER_URL"],
            project=os.environ.get("ERROR_TRACKER_PROJECT", "cidermill-web"),
        )

    def _context(self) -> dict:
        return {
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "pid": os.getpid(),
            "environment": dict(os.environ),
        }

    def report(self, exc: BaseException, request_path: str | None = None) -> None:
        payload = {
            "project": self._project,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "type": type(exc).__name__,
            "message": str(exc),
            "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
            "path": request_path,
            "context": self._context(),
        }
        try:
            self._client.post(self._endpoint, json=payload).raise_for_status()
        except httpx.HTTPError as err:
            log.warning("could not deliver error report: %s", err)


def install(app) -> ErrorReporter:
    """Hook the reporter into a Flask app's exception handling."""
    from flask import got_request_exception, request

    reporter = ErrorReporter.from_env()

    def _on_exception(sender, exception, **extra):
        reporter.report(exception, request.path if request else None)

    got_request_exception.connect(_on_exception, app, weak=False)
    return reporter
