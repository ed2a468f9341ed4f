"""Forwards background-job failures (rota import, stock sync) to the error tracking service."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from dataclasses import dataclass, field
from datetime import datetime, timezone

import httpx

log = logging.getLogger(__name__)

SAFE_ENV_KEYS = frozenset({"DEPLOY_ENV", "APP_RELEASE", "WORKER_QUEUE", "TZ"})


@dataclass
class ForwarderSettings:
    endpoint: str = field(default_factory=lambda: os.environ["ERROR_REPORT_URL"])
    ingest_key: str = field(default_factory=lambda: os.environ["ERROR_REPORT_INGEST_KEY"])
    service: str = "lavenderfarm-worker"


def safe_environment(environ=os.environ) -> dict[str, str]:
    return {key: value for key, value in environ.items() if key in SAFE_ENV_KEYS}


class ErrorReportForwarder:
    def __init__(self, settings: ForwarderSettings | None = None) -> None:
        self.settings = settings or ForwarderSettings()
        self._client = httpx.Client(
            headers={"X-Ingest-Key": self.settings.ingest_key}, timeout=5.0
        )

    def event_for(self, job_name: str, exc: BaseException) -> dict:
        return {
            "service": self.settings.service,
            "job": job_name,
            "timestamp": datetime.now(timezone.utc).isoformat(),
            "exception": type(exc).__name__,
            "message": str(exc)[:500],
            "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
            "runtime": {"python": sys.version.split()[0], "environment": safe_environment()},
        }

    def forward(self, job_name: str, exc: BaseException) -> None:
        try:
            self._client.post(self.settings.endpoint, json=self.event_for(job_name, exc))
        except httpx.HTTPError:
            log.exception("could not forward error report for %s", job_name)

    def wrap(self, job_name: str):
        def decorator(func):
            def runner(*args, **kwargs):
                try:
                    return func(*args, **kwargs)
                except Exception as exc:
                    self.forward(job_name, exc)
                    raise

            return runner

        return decorator
