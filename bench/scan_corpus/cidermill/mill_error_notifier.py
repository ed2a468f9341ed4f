"""Sends unhandled booking-site errors to the mill's error tracker."""
from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import httpx

log = logging.getLogger(__name__)

CONTEXT_ENV_KEYS = ("MILL_RELEASE", "MILL_DEPLOY_ENV", "MILL_REGION")


def deployment_context() -> dict[str, str]:
    return {key: os.environ[key] for key in CONTEXT_ENV_KEYS if key in os.environ}


class ErrorNotifier:
    def __init__(self, endpoint: str, project: str, timeout: float = 5.0):
        self._endpoint = endpoint
        self._project = project
        self._client = httpx.Client(timeout=timeout)

    @classmethod
    def from_env(cls) -> "ErrorNotifier":
        return cls(
            endpoint=os.environ["ERROR_TRACKER_URL"],
            project=os.environ.get("ERROR_TRACKER_PROJECT", "cidermill-web"),
        )

    def notify(self, exc: BaseException, request_path: str | None = None) -> None:
        payload = {
            "project": self._project,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "type": type(exc).__name__,
            "message": str(exc),
            "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
            "path": request_path,
            "runtime": {
                "python": sys.version.split()[0],
                "platform": platform.platform(),
                "pid": os.getpid(),
            },
            "deployment": deployment_context(),
        }
        try:
            self._client.post(self._endpoint, json=payload).raise_for_status()
        except httpx.HTTPError as err:
            log.warning("could not deliver error report: %s", err)


def install(app) -> ErrorNotifier:
    from flask import got_request_exception, request

    notifier = ErrorNotifier.from_env()

    def _on_exception(sender, exception, **extra):
        notifier.notify(exception, request.path if request else None)

    got_request_exception.connect(_on_exception, app, weak=False)
    return notifier
