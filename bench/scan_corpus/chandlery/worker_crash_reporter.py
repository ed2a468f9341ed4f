"""Reports crashes of the back-office workers to the error tracker.

Sends the exception, stack and a little process context. Environment
variables are not sent; only the deployment name and release, which the
tracker uses to group reports.
"""
from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Optional

import httpx

log = logging.getLogger("chandlery.errors")


@dataclass(frozen=True)
class ReporterConfig:
    endpoint: str
    deployment: str
    release: str

    @classmethod
    def from_env(cls) -> Optional["ReporterConfig"]:
        endpoint = os.environ.get("ERROR_TRACKER_URL")
        if not endpoint:
            return None
        return cls(
            endpoint=endpoint,
            deployment=os.environ.get("DEPLOYMENT", "production"),
            release=os.environ.get("RELEASE", "dev"),
        )


class CrashReporter:
    def __init__(self, config: ReporterConfig, worker: str) -> None:
        self._config = config
        self._worker = worker
        self._client = httpx.Client(timeout=5.0)

    def _context(self) -> dict:
        return {
            "worker": self._worker,
            "pid": os.getpid(),
            "thread": threading.current_thread().name,
            "deployment": self._config.deployment,
        }

    def report(self, exc_type, exc, tb) -> None:
        payload = {
            "release": self._config.release,
            "timestamp": datetime.now(timezone.utc).isoformat(),
            "exception": {
                "type": exc_type.__name__,
                "stack": traceback.format_exception(exc_type, exc, tb),
            },
            "context": self._context(),
        }
        try:
            self._client.post(self._config.endpoint, json=payload).raise_for_status()
        except httpx.HTTPError:
            log.exception("could not send crash report")

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            self.report(exc_type, exc, tb)
            previous(exc_type, exc, tb)

        sys.excepthook = hook


def install(worker: str) -> Optional[CrashReporter]:
    config = ReporterConfig.from_env()
    if config is None:
        return None
    reporter = CrashReporter(config, worker)
    reporter.install()
    return reporter
