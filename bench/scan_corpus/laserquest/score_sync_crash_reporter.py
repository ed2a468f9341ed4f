"""Reports unhandled exceptions in the score-sync worker to the internal error tracker."""
from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone
from types import TracebackType

import requests

log = logging.getLogger("laserquest.crash")


class CrashReporter:
    def __init__(self, endpoint: str, token: str, service: str = "score-sync") -> None:
        self.endpoint = endpoint
        self.token = token
        self.service = service
        self.release = os.environ.get("SCORE_SYNC_RELEASE", "dev")
        self.arena = os.environ.get("ARENA_CODE", "unknown")

    @classmethod
    def from_env(cls) -> "CrashReporter":
        return cls(os.environ["ERROR_TRACKER_URL"], os.environ["ERROR_TRACKER_TOKEN"])

    def _payload(self, exc_type, exc: BaseException, tb: TracebackType | None) -> dict:
        return {
            "service": self.service,
            "release": self.release,
            "arena": self.arena,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "exception": exc_type.__name__,
            "message": str(exc)[:500],
            "stack": traceback.format_exception(exc_type, exc, tb),
            "runtime": {"python": platform.python_version(), "platform": platform.platform()},
        }

    def report(self, exc_type, exc: BaseException, tb: TracebackType | None) -> None:
        try:
            requests.post(
                self.endpoint,
                json=self._payload(exc_type, exc, tb),
                headers={"Authorization": f"Bearer {self.token}"},
                timeout=5,
            ).raise_for_status()
        except requests.RequestException as err:
            log.error("could not deliver crash report: %s", err.__class__.__name__)

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            self.report(exc_type, exc, tb)
            previous(exc_type, exc, tb)

        sys.excepthook = hook
