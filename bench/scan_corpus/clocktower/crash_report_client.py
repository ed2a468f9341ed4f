"""Crash reports for the portal's background workers.

Reports carry the traceback and a small amount of runtime context so the
on-call engineer can tell which release and worker failed.
"""
from __future__ import annotations

import logging
import os
import socket
import sys
import traceback
from dataclasses import dataclass
from datetime import datetime, timezone

import httpx

log = logging.getLogger("clocktower.crash")

CONTEXT_ENV_KEYS = frozenset({"CLOCKTOWER_RELEASE", "CLOCKTOWER_WORKER", "CLOCKTOWER_REGION"})


@dataclass
class IncidentCollector:
    url: str
    token: str

    @classmethod
    def from_env(cls) -> "IncidentCollector":
        return cls(os.environ["CLOCKTOWER_INCIDENT_URL"], os.environ["CLOCKTOWER_INCIDENT_TOKEN"])


def runtime_context() -> dict:
    env = {key: value for key, value in os.environ.items() if key in CONTEXT_ENV_KEYS}
    return {
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "python": sys.version.split()[0],
        "env": env,
    }


def build_report(exc: BaseException, job: str | None = None) -> dict:
    return {
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "job": job,
        "exception": type(exc).__name__,
        "traceback": "".join(traceback.format_exception(exc)),
        "context": runtime_context(),
    }


class CrashReportClient:
    def __init__(self, collector: IncidentCollector):
        self._client = httpx.Client(
            base_url=collector.url,
            headers={"Authorization": f"Bearer {collector.token}"},
            timeout=10.0,
        )

    def send(self, exc: BaseException, job: str | None = None) -> bool:
        try:
            resp = self._client.post("/v1/incidents", json=build_report(exc, job))
            resp.raise_for_status()
            return True
        except httpx.HTTPError as err:
            log.error("crash report not delivered: %s", type(err).__name__)
            return False

    def guard(self, job: str):
        client = self

        class _Guard:
            def __enter__(self):
                return self

            def __exit__(self, exc_type, exc, tb):
                if exc is not None:
                    client.send(exc, job)
                return False

        return _Guard()
