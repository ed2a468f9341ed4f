"""Crash reports for the scan-scheduling worker.

Failures in the rebooking and reminder jobs are posted to the internal
error collector with the traceback and a scrubbed description of the
runtime; configuration values themselves are never included.
"""
import functools
import logging
import os
import platform
import socket
import traceback
from datetime import datetime, timezone
from typing import Callable

import httpx

log = logging.getLogger("nm.scheduler.crash")

WORKER_VERSION = os.environ.get("SCHEDULER_VERSION", "dev")


class CrashReporter:
    def __init__(self, collector_url: str, ingest_token: str, project: str) -> None:
        self.collector_url = collector_url
        self.project = project
        self.client = httpx.Client(
            timeout=5.0, headers={"Authorization": f"Bearer {ingest_token}"}
        )

    @classmethod
    def from_env(cls, project: str) -> "CrashReporter":
        return cls(os.environ["NM_ERROR_COLLECTOR_URL"], os.environ["NM_ERROR_INGEST_TOKEN"],
                   project)

    def _event(self, exc: BaseException, job: str) -> dict:
        return {
            "project": self.project,
            "job": job,
            "version": WORKER_VERSION,
            "host": socket.gethostname(),
            "python": platform.python_version(),
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "exception": type(exc).__name__,
            "traceback": "".join(traceback.format_exception(exc)),
            "config_keys": sorted(k for k in os.environ if k.startswith("NM_")),
        }

    def report(self, exc: BaseException, job: str) -> None:
        try:
            self.client.post(self.collector_url, json=self._event(exc, job)).raise_for_status()
        except httpx.HTTPError as post_exc:
            log.error("crash report for %s not delivered: %s", job, post_exc)

    def guard(self, job: str) -> Callable:
        def decorator(func: Callable) -> Callable:
            @functools.wraps(func)
            def wrapper(*args, **kwargs):
                try:
                    return func(*args, **kwargs)
                except Exception as exc:
                    self.report(exc, job)
                    raise
            return wrapper
        return decorator
