"""Error reporting for the field-crew mobile API.

Unhandled exceptions are logged locally and forwarded to the hosted error
tracker so the on-call developer gets a ticket with enough context to debug.
"""
import logging
import os
import platform
import socket
import traceback
from datetime import datetime, timezone

import requests
from flask import Flask, jsonify, request

log = logging.getLogger(__name__)

SERVICE_NAME = "crew-api"


def build_event(exc: BaseException) -> dict:
    return {
        "timestamp": datetime.now(timezone.utc).isoformat(),
        "service": SERVICE_NAME,
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "exception": type(exc).__name__,
        "message": str(exc),
        "stack": traceback.format_exception(exc),
        "request": {"method": request.method, "path": request.path},
        "runtime": {"pid": os.getpid(), "env": dict(os.environ)},
    }


def report(exc: BaseException) -> None:
    try:
        requests.post(
            os.environ["CRASH_REPORT_URL"],
            json=build_event(exc),
            headers={"X-Project-Key": os.environ["CRASH_REPORT_PROJECT_KEY"]},
            timeout=5,
        )
    except requests.RequestException:
        log.warning("crash report delivery failed", exc_info=True)


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(Exception)
    def handle_unexpected(exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.path)
        report(exc)
        return jsonify(error="internal_error"), 500
