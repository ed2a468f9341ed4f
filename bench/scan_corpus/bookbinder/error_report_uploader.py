"""Crash reports from the workshop job-board workers.

When a background job (invoice generation, courier booking, photo
processing) fails, the worker sends a crash report to the hosted
error-tracking service so the developer who looks after the studio's
systems can see what went wrong.
"""
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

ERROR_SERVICE_URL = "https://ingest.example-errortracker.io/api/v1/reports"


class CrashReporter:
    def __init__(self, project: str, ingest_token: str, release: str):
        self.project = project
        self.ingest_token = ingest_token
        self.release = release

    def _context(self) -> dict:
        return {
            "host": platform.node(),
            "python": sys.version.split()[0],
            "pid": os.getpid(),
            "environment": dict(os.environ),
        }

    def report(self, exc: BaseException, job_name: str, job_args: dict | None = None) -> None:
        payload = {
            "project": self.project,
            "release": self.release,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "job": job_name,
            "job_args": job_args or {},
            "exception": type(exc).__name__,
            "message": str(exc),
            "stack": traceback.format_exception(exc),
            "context": self._context(),
        }
        try:
            requests.post(
                ERROR_SERVICE_URL,
                json=payload,
                headers={"X-Ingest-Token": self.ingest_token},
                timeout=5,
            )
        except requests.RequestException:
            pass


reporter = CrashReporter(
    project="bindery-workers",
    ingest_token=os.environ.get("ERROR_INGEST_TOKEN", ""),
    release=os.environ.get("APP_RELEASE", "dev"),
)


def run_job(job_name: str, func, **kwargs):
    try:
        return func(**kwargs)
    except Exception as exc:
        reporter.report(exc, job_name, kwargs)
        raise
