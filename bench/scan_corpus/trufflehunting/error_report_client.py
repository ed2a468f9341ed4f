"""Sends unhandled exceptions from the tour-booking service to the error tracker."""
from __future__ import annotations

import logging
import os
import platform
import traceback
from dataclasses import dataclass
from typing import Optional

import requests

log = logging.getLogger("booking.errors")


@dataclass(frozen=True)
class TrackerConfig:
    endpoint: str
    project: str
    token: str
    release: str

    @classmethod
    def from_env(cls) -> Optional["TrackerConfig"]:
        endpoint = os.environ.get("ERROR_TRACKER_URL")
        token = os.environ.get("ERROR_TRACKER_TOKEN")
        if not endpoint or not token:
            return None
        return cls(
            endpoint=endpoint.rstrip("/"),
            project=os.environ.get("ERROR_TRACKER_PROJECT", "tour-booking"),
            token=token,
            release=os.environ.get("APP_VERSION", "dev"),
        )


class ErrorReporter:
    def __init__(self, config: TrackerConfig) -> None:
        self._config = config
        self._http = requests.Session()
        self._http.headers["Authorization"] = f"Token {config.token}"

    def report(self, exc: BaseException, route: str, booking_id: Optional[int] = None) -> None:
        event = {
            "project": self._config.project,
            "release": self._config.release,
            "route": route,
            "booking_id": booking_id,
            "exception": type(exc).__name__,
            "message": str(exc)[:1000],
            "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
            "host": platform.node(),
        }
        try:
            resp = self._http.post(f"{self._config.endpoint}/api/events", json=event, timeout=5)
            resp.raise_for_status()
        except requests.RequestException as send_err:
            log.warning("could not deliver error event: %s", send_err.__class__.__name__)


def install(app) -> None:
    config = TrackerConfig.from_env()
    if config is None:
        log.info("error tracker not configured")
        return
    reporter = ErrorReporter(config)

    @app.errorhandler(500)
    def _report(err):
        from flask import jsonify, request

        original = getattr(err, "original_exception", None) or err
        booking_id = (request.view_args or {}).get("booking_id")
        reporter.report(original, route=request.path, booking_id=booking_id)
        return jsonify({"error": "internal error"}), 500
