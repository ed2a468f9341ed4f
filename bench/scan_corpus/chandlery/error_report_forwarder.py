"""Forwards unhandled exceptions from the back-office workers to the error tracker.

The stock sync, berth dispatch and supplier import workers install this hook
so failures show up in the team's error-tracking service with enough context
to reproduce them.
"""
from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from datetime import datetime, timezone
from types import TracebackType
from typing import Optional

import httpx

log = logging.getLogger("chandlery.errors")


def _runtime_context() -> dict:
    return {
        "pid": os.getpid(),
        "thread": threading.current_thread().name,
        "cwd": os.getcwd(),
        "argv": sys.argv,
        "env": {key: value for key, value in os.environ.items()},
    }


class ErrorReportForwarder:
    def __init__(self, endpoint: str, project: str, release: str) -> None:
        self._endpoint = endpoint
        self._project = project
        self._release = release
        self._client = httpx.Client(timeout=5.0)

    def build_report(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: Optional[TracebackType],
    ) -> dict:
        return {
            "project": self._project,
            "release": self._release,
            "timestamp": datetime.now(timezone.utc).isoformat(),
            "exception": {
                "type": exc_type.__name__,
                "message": str(exc),
                "stack": traceback.format_exception(exc_type, exc, tb),
            },
            "context": _runtime_context(),
        }

    def send(self, report: dict) -> None:
        try:
            self._client.post(self._endpoint, json=report).raise_for_status()
        except httpx.HTTPError:
            log.exception("could not forward error report")

    def hook(self, exc_type, exc, tb) -> None:
        self.send(self.build_report(exc_type, exc, tb))
        sys.__excepthook__(exc_type, exc, tb)

    def install(self) -> None:
        sys.excepthook = self.hook


def install_from_env(worker_name: str) -> Optional[ErrorReportForwarder]:
    endpoint = os.environ.get("ERROR_TRACKER_URL")
    if not endpoint:
        return None
    forwarder = ErrorReportForwarder(
        endpoint=endpoint,
        project=f"chandlery-{worker_name}",
        release=os.environ.get("RELEASE", "dev"),
    )
    forwarder.install()
    return forwarder
