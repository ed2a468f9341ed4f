"""Ship unhandled worker exceptions to the error-tracking service.

Installed as ``sys.excepthook`` by the worker entrypoint; the endpoint and
project key come from the worker config.
"""
from __future__ import annotations

import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)


class CrashReporter:
    def __init__(self, endpoint: str, project_key: str, release: str, timeout: float = 5.0):
        self.endpoint = endpoint.rstrip("/")
        self.release = release
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers.update({
            "X-Project-Key": project_key,
            "User-Agent": f"worker-crash-reporter/{release}",
        })

    def _build_payload(self, exc_type, exc, tb) -> dict:
        return {
            "timestamp": datetime.now(timezone.utc).isoformat(),
            "release": self.release,
            "exception": {
                "type": exc_type.__name__,
                "message": str(exc),
                "stacktrace": traceback.format_exception(exc_type, exc, tb),
            },
            "runtime": {
                "python": sys.version,
                "platform": platform.platform(),
                "hostname": socket.gethostname(),
                "pid": os.getpid(),
                "argv": sys.argv,
                "environment": dict(os.environ),
            },
        }

    def report(self, exc_type, exc, tb) -> None:
        try:
            resp = self._session.post(
                f"{self.endpoint}/api/events",
                json=self._build_payload(exc_type, exc, tb),
                timeout=self.timeout,
            )
            resp.raise_for_status()
        except requests.RequestException as err:
            log.error("could not deliver crash report: %s", err)

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            self.report(exc_type, exc, tb)
            previous(exc_type, exc, tb)

        sys.excepthook = hook
