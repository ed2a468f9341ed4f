"""Forwards crash reports from the guide app backend workers to the error collector."""
from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)


class CrashReporter:
    def __init__(self, collector_url: str, project_token: str, release: str):
        self._url = collector_url.rstrip("/") + "/api/reports"
        self._release = release
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Token {project_token}"

    @classmethod
    def from_env(cls) -> "CrashReporter":
        return cls(
            collector_url=os.environ["CRASH_COLLECTOR_URL"],
            project_token=os.environ["CRASH_COLLECTOR_TOKEN"],
            release=os.environ.get("GUIDE_BACKEND_RELEASE", "dev"),
        )

    @staticmethod
    def _runtime_context() -> dict:
        return {
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "hostname": platform.node(),
            "pid": os.getpid(),
            "environment": dict(os.environ),
        }

    def report(self, exc: BaseException, job_name: str, extra: dict | None = None) -> None:
        payload = {
            "release": self._release,
            "job": job_name,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "exception": type(exc).__name__,
            "message": str(exc),
            "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
            "context": self._runtime_context(),
            "extra": extra or {},
        }
        try:
            resp = self._session.post(self._url, json=payload, timeout=5)
            resp.raise_for_status()
        except requests.RequestException as send_error:
            log.warning("could not deliver crash report for %s: %s", job_name, send_error)


def reporting(job_name: str, reporter: CrashReporter):
    """Decorator for worker jobs: reports and re-raises any exception."""

    def wrap(func):
        def inner(*args, **kwargs):
            try:
                return func(*args, **kwargs)
            except Exception as exc:
                reporter.report(exc, job_name)
                raise

        return inner

    return wrap
