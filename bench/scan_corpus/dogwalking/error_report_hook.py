"""Sends unhandled errors from the booking API to the self-hosted error collector."""

from __future__ import annotations

import logging
import os
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger("errors")

REPORTED_ENV_KEYS = ("APP_VERSION", "DEPLOY_REGION", "DEPLOY_ENV", "GIT_SHA")


class ErrorReporter:
    def __init__(self, collector_url: str, service: str = "booking-api") -> None:
        self.collector_url = collector_url
        self.service = service

    @classmethod
    def from_env(cls) -> "ErrorReporter":
        return cls(os.environ["ERROR_COLLECTOR_URL"])

    @staticmethod
    def _deployment_tags() -> dict[str, str]:
        return {key.lower(): os.environ[key] for key in REPORTED_ENV_KEYS if key in os.environ}

    def build(self, exc: BaseException) -> dict:
        return {
            "service": self.service,
            "host": socket.gethostname(),
            "timestamp": datetime.now(timezone.utc).isoformat(),
            "type": type(exc).__name__,
            "message": str(exc)[:500],
            "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
            "tags": self._deployment_tags(),
        }

    def report(self, exc: BaseException) -> None:
        try:
            requests.post(self.collector_url, json=self.build(exc), timeout=3).raise_for_status()
        except requests.RequestException as err:
            log.warning("error report not delivered: %s", err)

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            if not issubclass(exc_type, KeyboardInterrupt):
                self.report(exc)
            previous(exc_type, exc, tb)

        sys.excepthook = hook
