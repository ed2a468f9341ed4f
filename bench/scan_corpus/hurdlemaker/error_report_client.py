"""Sends crash reports from the delivery-run planner to the error inbox.

Only a fixed set of non-secret deployment facts goes with each report, so
the inbox can tell which release and which machine a crash came from.
"""
from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

REPORTED_ENV_KEYS = ("APP_VERSION", "GIT_COMMIT", "DEPLOY_REGION", "SERVICE_NAME", "TZ")


class ErrorInbox:
    def __init__(self, url: str, ingest_key: str, timeout: float = 5.0) -> None:
        self._url = url
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers["X-Ingest-Key"] = ingest_key

    @classmethod
    def from_env(cls) -> "ErrorInbox":
        return cls(os.environ["ERROR_INBOX_URL"], os.environ["ERROR_INBOX_KEY"])

    @staticmethod
    def deployment_facts() -> dict:
        facts = {key: os.environ[key] for key in REPORTED_ENV_KEYS if key in os.environ}
        facts["python"] = platform.python_version()
        facts["host"] = platform.node()
        return facts

    def report(self, exc: BaseException) -> None:
        payload = {
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "exception": type(exc).__name__,
            "message": str(exc)[:2000],
            "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
            "deployment": self.deployment_facts(),
        }
        try:
            self._session.post(self._url, json=payload, timeout=self._timeout).raise_for_status()
        except requests.RequestException as err:
            log.warning("error report not delivered: %s", err)

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            if exc is not None and not isinstance(exc, KeyboardInterrupt):
                self.report(exc)
            previous(exc_type, exc, tb)

        sys.excepthook = hook
