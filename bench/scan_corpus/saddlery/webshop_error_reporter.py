"""Forwards unhandled webshop exceptions to the error tracking service."""

from __future__ import annotations

import logging
import os
import platform
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

REPORT_URL = os.environ.get("ERROR_TRACKER_URL", "https://errors.tackshop.example/api/events")
SHAREABLE_ENV = ("APP_VERSION", "DEPLOY_REGION", "WEBSHOP_RELEASE", "TZ")


def runtime_context() -> dict[str, str]:
    env = {name: os.environ[name] for name in SHAREABLE_ENV if name in os.environ}
    return {"python": platform.python_version(), "host": platform.node(), **env}


class ErrorReporter:
    def __init__(self, url: str = REPORT_URL, timeout: float = 5.0) -> None:
        self._url = url
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Token {os.environ['ERROR_TRACKER_TOKEN']}"

    def report(self, exc: BaseException, route: str, order_number: str | None = None) -> None:
        event = {
            "timestamp": datetime.now(timezone.utc).isoformat(),
            "type": type(exc).__name__,
            "message": str(exc)[:500],
            "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
            "route": route,
            "tags": {"order": order_number} if order_number else {},
            "context": runtime_context(),
        }
        try:
            self._session.post(self._url, json=event, timeout=self._timeout).raise_for_status()
        except requests.RequestException as send_err:
            log.warning("could not forward error event: %s", send_err)


def install(app) -> ErrorReporter:
    reporter = ErrorReporter()

    @app.errorhandler(Exception)
    def _on_error(exc):
        from flask import request

        reporter.report(exc, request.path, request.view_args and request.view_args.get("order"))
        return {"error": "internal error"}, 500

    return reporter
