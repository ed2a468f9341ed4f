"""Send unhandled exceptions from the carpool API to the internal error tracker."""

from __future__ import annotations

import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger("carpool.errors")

CONTEXT_VARIABLES = ("CARPOOL_RELEASE", "CARPOOL_REGION", "CARPOOL_DEPLOY_ENV")


def deployment_context() -> dict[str, str]:
    """The few deployment facts the tracker groups errors by; nothing secret lives here."""
    return {name.removeprefix("CARPOOL_").lower(): os.environ.get(name, "unknown") for name in CONTEXT_VARIABLES}


class ErrorReporter:
    def __init__(self, endpoint: str, project: str, ingest_token: str) -> None:
        self.endpoint = endpoint
        self.project = project
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {ingest_token}"

    def build_event(self, exc: BaseException) -> dict:
        return {
            "project": self.project,
            "timestamp": datetime.now(timezone.utc).isoformat(),
            "host": socket.gethostname(),
            "runtime": {"python": platform.python_version(), "pid": os.getpid()},
            "context": deployment_context(),
            "exception": {
                "type": type(exc).__name__,
                "message": str(exc)[:1000],
                "frames": traceback.format_tb(exc.__traceback__)[-20:],
            },
        }

    def capture(self, exc: BaseException) -> None:
        try:
            resp = self.http.post(self.endpoint, json=self.build_event(exc), timeout=5)
            resp.raise_for_status()
        except requests.RequestException as err:
            log.warning("could not deliver error event: %s", type(err).__name__)

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            self.capture(exc)
            previous(exc_type, exc, tb)

        sys.excepthook = hook
