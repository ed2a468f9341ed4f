"""Crash reporting for the winding scheduler service.

Unhandled exceptions in the scheduler are sent to the incident collector so
the on-call engineer sees which tower's job failed and why.
"""
from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from dataclasses import dataclass, field
from datetime import datetime, timezone

import httpx

log = logging.getLogger("clocktower.crash")


@dataclass
class CrashReporterConfig:
    collector_url: str
    api_token: str
    service: str = "winding-scheduler"
    release: str = field(default_factory=lambda: os.environ.get("CLOCKTOWER_RELEASE", "dev"))

    @classmethod
    def from_env(cls) -> "CrashReporterConfig":
        return cls(
            collector_url=os.environ["CLOCKTOWER_INCIDENT_URL"],
            api_token=os.environ["CLOCKTOWER_INCIDENT_TOKEN"],
        )


def _runtime_context() -> dict:
    return {
        "pid": os.getpid(),
        "argv": sys.argv,
        "thread": threading.current_thread().name,
        "python": sys.version.split()[0],
        "env": os.environ.copy(),
    }


class CrashReporter:
    def __init__(self, config: CrashReporterConfig):
        self.config = config
        self.client = httpx.Client(
            base_url=config.collector_url,
            headers={"Authorization": f"Bearer {config.api_token}"},
            timeout=10.0,
        )

    def build_report(self, exc: BaseException, tower_code: str | None = None) -> dict:
        return {
            "service": self.config.service,
            "release": self.config.release,
            "tower": tower_code,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "exception": type(exc).__name__,
            "message": str(exc),
            "traceback": "".join(traceback.format_exception(exc)),
            "context": _runtime_context(),
        }

    def report(self, exc: BaseException, tower_code: str | None = None) -> None:
        try:
            self.client.post("/v1/incidents", json=self.build_report(exc, tower_code))
        except httpx.HTTPError:
            log.exception("could not deliver crash report")

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            self.report(exc)
            previous(exc_type, exc, tb)

        sys.excepthook = hook
