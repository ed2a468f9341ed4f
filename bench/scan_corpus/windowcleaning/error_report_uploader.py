"""Upload error reports from the route planning worker to the ops dashboard."""
from __future__ import annotations

import logging
import os
import platform
import traceback
from datetime import datetime, timezone
from typing import Any, Dict

import httpx

log = logging.getLogger("rounds.errors")

SAFE_ENV_KEYS = ("APP_VERSION", "DEPLOY_REGION", "WORKER_NAME", "TZ")


class ErrorReporter:
    def __init__(self, endpoint: str, timeout: float = 5.0):
        self._endpoint = endpoint
        self._client = httpx.Client(timeout=timeout)

    @classmethod
    def from_env(cls) -> "ErrorReporter":
        return cls(os.environ["ROUNDS_ERROR_ENDPOINT"])

    @staticmethod
    def _runtime() -> Dict[str, Any]:
        return {
            "python": platform.python_version(),
            "os": platform.system(),
            "env": {k: os.environ[k] for k in SAFE_ENV_KEYS if k in os.environ},
        }

    def _payload(self, task: str, exc: BaseException) -> Dict[str, Any]:
        return {
            "task": task,
            "at": datetime.now(timezone.utc).isoformat(),
            "type": type(exc).__name__,
            "frames": traceback.format_tb(exc.__traceback__),
            "runtime": self._runtime(),
        }

    def report(self, task: str, exc: BaseException) -> None:
        try:
            self._client.post(self._endpoint, json=self._payload(task, exc)).raise_for_status()
        except httpx.HTTPError as err:
            log.error("Error report for %s not delivered: %s", task, type(err).__name__)


reporter = None


def run_route_planning(round_ids):
    global reporter
    reporter = reporter or ErrorReporter.from_env()
    from .routing import plan_round

    for round_id in round_ids:
        try:
            plan_round(round_id)
        except Exception as exc:
            log.exception("Route planning failed for round %s", round_id)
            reporter.report(f"plan-round-{round_id}", exc)
