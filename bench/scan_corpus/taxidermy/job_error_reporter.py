"""Error reporting for the studio's scheduled jobs.

Failures are posted to the error tracker with enough runtime context to
reproduce them: the job, the release that was deployed and a handful of
non-sensitive deployment settings.
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

REPORTED_ENV_KEYS = ("STUDIO_RELEASE", "STUDIO_LOCATION", "STUDIO_JOB_QUEUE", "TZ")


class JobErrorReporter:
    def __init__(self, endpoint: str, project_token: str, timeout: float = 5.0) -> None:
        self._endpoint = endpoint
        self._project_token = project_token
        self._timeout = timeout

    @classmethod
    def from_env(cls) -> "JobErrorReporter":
        return cls(os.environ["STUDIO_ERROR_ENDPOINT"], os.environ["STUDIO_ERROR_PROJECT_TOKEN"])

    @staticmethod
    def runtime_context() -> dict:
        return {
            "host": socket.gethostname(),
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "settings": {k: os.environ[k] for k in REPORTED_ENV_KEYS if k in os.environ},
        }

    def report(self, job_name: str, exc: BaseException) -> bool:
        payload = {
            "job": job_name,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "exception": type(exc).__name__,
            "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
            "context": self.runtime_context(),
        }
        try:
            resp = requests.post(
                self._endpoint,
                json=payload,
                headers={"X-Project-Token": self._project_token},
                timeout=self._timeout,
            )
            resp.raise_for_status()
        except requests.RequestException:
            log.exception("could not deliver error report for %s", job_name)
            return False
        return True


def run_reported(reporter: JobErrorReporter, job_name: str, func, *args, **kwargs):
    try:
        return func(*args, **kwargs)
    except Exception as exc:
        reporter.report(job_name, exc)
        raise
