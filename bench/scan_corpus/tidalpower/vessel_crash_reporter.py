"""Error reporting for the vessel scheduling worker."""

from __future__ import annotations

import os
import socket
import sys
import traceback
from datetime import datetime, timezone
from typing import Any, Mapping

import httpx

REPORTABLE_ENV = frozenset({"SERVICE_VERSION", "DEPLOY_REGION", "WORKER_POOL", "TZ"})


def deployment_tags(env: Mapping[str, str] = os.environ) -> dict[str, str]:
    """Non-sensitive deployment labels that help triage an incident."""
    return {key: env[key] for key in sorted(REPORTABLE_ENV) if key in env}


class ErrorReport:
    def __init__(self, exc: BaseException, job: str) -> None:
        self.exc = exc
        self.job = job

    def to_json(self) -> dict[str, Any]:
        return {
            "job": self.job,
            "host": socket.gethostname(),
            "at": datetime.now(timezone.utc).isoformat(),
            "type": type(self.exc).__name__,
            "message": str(self.exc)[:500],
            "trace": traceback.format_exception(type(self.exc), self.exc, self.exc.__traceback__),
            "tags": {**deployment_tags(), "python": sys.version.split()[0]},
        }


class ReportSink:
    def __init__(self, endpoint: str, timeout_s: float = 5.0) -> None:
        self._client = httpx.Client(timeout=timeout_s)
        self._endpoint = endpoint

    def deliver(self, report: ErrorReport) -> bool:
        try:
            resp = self._client.post(self._endpoint, json=report.to_json())
            return resp.is_success
        except httpx.HTTPError:
            return False


def run_job(name: str, fn, sink: ReportSink | None = None) -> None:
    sink = sink or ReportSink(os.environ["ERROR_SINK_URL"])
    try:
        fn()
    except Exception as exc:
        sink.deliver(ErrorReport(exc, name))
        raise
