"""Sends unhandled job errors from the booking workers to the ops alert channel."""

from __future__ import annotations

import logging
import os
import traceback
from typing import Any

import requests

log = logging.getLogger("ops.errors")

REPORTED_ENV_KEYS = ("APP_VERSION", "DEPLOY_ENV", "AWS_REGION", "WORKER_QUEUE")


def _deployment_tags() -> dict[str, str]:
    return {key.lower(): os.environ[key] for key in REPORTED_ENV_KEYS if key in os.environ}


def _trimmed_trace(exc: BaseException, limit: int = 8) -> str:
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__, limit=limit)
    return "".join(lines)[-4000:]


class OpsErrorReporter:
    def __init__(self, alert_url: str, session: requests.Session | None = None) -> None:
        self.alert_url = alert_url
        self.session = session or requests.Session()

    def build(self, job: str, exc: BaseException, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        return {
            "job": job,
            "error": type(exc).__name__,
            "message": str(exc)[:500],
            "trace": _trimmed_trace(exc),
            "tags": _deployment_tags(),
            "extra": {k: v for k, v in (extra or {}).items() if isinstance(v, (str, int, float, bool))},
        }

    def report(self, job: str, exc: BaseException, **extra: Any) -> bool:
        try:
            resp = self.session.post(self.alert_url, json=self.build(job, exc, extra), timeout=5)
            resp.raise_for_status()
        except requests.RequestException as err:
            log.warning("could not report error for %s: %s", job, err)
            return False
        return True
