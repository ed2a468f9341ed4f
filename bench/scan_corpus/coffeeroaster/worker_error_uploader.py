"""Error reports for the webshop's background workers.

When a subscription renewal or stock-sync job fails, the worker posts a
report to the self-hosted error collector. Only an allow-list of
deployment facts is taken from the environment; credentials stay local.
"""
from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger("webshop.errors")

REPORTED_ENV_VARS = ("WEBSHOP_RELEASE", "DEPLOY_REGION", "WORKER_QUEUE", "TZ")


def deployment_context() -> dict:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "env": {name: os.environ[name] for name in REPORTED_ENV_VARS if name in os.environ},
    }


class ErrorUploader:
    def __init__(self, collector_url: str, project: str, timeout: float = 5.0) -> None:
        self.collector_url = collector_url
        self.project = project
        self.timeout = timeout

    def build(self, job_name: str, exc: BaseException) -> dict:
        frames = traceback.extract_tb(exc.__traceback__)
        return {
            "project": self.project,
            "job": job_name,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "exception": type(exc).__name__,
            "frames": [
                {"file": f.filename, "line": f.lineno, "function": f.name} for f in frames
            ],
            "context": deployment_context(),
        }

    def send(self, job_name: str, exc: BaseException) -> bool:
        try:
            response = requests.post(
                self.collector_url, json=self.build(job_name, exc), timeout=self.timeout
            )
            return response.ok
        except requests.RequestException:
            log.exception("error collector unreachable while reporting %s", job_name)
            return False


def rq_exception_handler(job, exc_type, exc_value, tb):
    uploader = ErrorUploader(os.environ["ERROR_COLLECTOR_URL"], project="webshop-workers")
    uploader.send(job.func_name, exc_value)
    return True
