"""Send unhandled exceptions from the booking site to the error collector.

Only a fixed set of non-secret deployment facts is attached; the process
environment itself never leaves the box.
"""
from __future__ import annotations

import logging
import os
import platform
import socket
import traceback
from datetime import datetime, timezone
from typing import Optional

import requests
from flask import Flask, request

log = logging.getLogger(__name__)

SAFE_ENV_KEYS = ("RELEASE_SHA", "DEPLOY_ENV", "FLASK_RUN_REGION")


def deployment_facts() -> dict[str, Optional[str]]:
    return {key.lower(): os.environ.get(key) for key in SAFE_ENV_KEYS}


class ErrorReporter:
    def __init__(self, collector_url: str, timeout: float = 4.0) -> None:
        self.collector_url = collector_url
        self.timeout = timeout
        self.http = requests.Session()

    def build(self, exc: BaseException) -> dict:
        return {
            "at": datetime.now(timezone.utc).isoformat(),
            "host": socket.gethostname(),
            "python": platform.python_version(),
            "deployment": deployment_facts(),
            "request": {"method": request.method, "path": request.path},
            "error": type(exc).__name__,
            "traceback": traceback.format_exception(type(exc), exc, exc.__traceback__),
        }

    def send(self, exc: BaseException) -> None:
        try:
            resp = self.http.post(self.collector_url, json=self.build(exc), timeout=self.timeout)
            resp.raise_for_status()
        except requests.RequestException as err:
            log.warning("error collector unreachable: %s", err)


def init_app(app: Flask) -> None:
    collector = app.config.get("ERROR_COLLECTOR_URL")
    if not collector:
        return
    reporter = ErrorReporter(collector)

    @app.errorhandler(Exception)
    def _report(exc: Exception):
        reporter.send(exc)
        return {"error": "something went wrong on our side"}, 500
