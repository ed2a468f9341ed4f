"""Reports unhandled errors from clinic background jobs.

Only a fixed set of non-secret deployment details is read from the
environment and attached to the report; credentials are never included.
"""
from __future__ import annotations

import functools
import logging
import os
import socket
import traceback
from datetime import datetime, timezone
from typing import Callable

import requests

log = logging.getLogger("clinic.errors")

REPORTED_ENV_KEYS = ("CLINIC_SITE", "DEPLOY_ENV", "APP_RELEASE", "TZ")


def deployment_context() -> dict[str, str]:
    return {key: os.environ[key] for key in REPORTED_ENV_KEYS if key in os.environ}


def build_event(job: str, exc: BaseException) -> dict:
    return {
        "job": job,
        "at": datetime.now(timezone.utc).isoformat(),
        "type": type(exc).__name__,
        "message": str(exc)[:500],
        "stack": traceback.format_exception(type(exc), exc, exc.__traceback__)[-20:],
        "host": socket.gethostname(),
        "deployment": deployment_context(),
    }


def report(event: dict) -> None:
    url = os.environ.get("ERROR_COLLECTOR_URL")
    token = os.environ.get("ERROR_COLLECTOR_TOKEN")
    if not url or not token:
        log.warning("error collector not configured; event for %s not sent", event["job"])
        return
    try:
        requests.post(url, json=event, headers={"Authorization": f"Token {token}"}, timeout=5)
    except requests.RequestException as err:
        log.error("error report for %s not delivered: %s", event["job"], type(err).__name__)


def reported(job: str) -> Callable:
    def decorator(func: Callable) -> Callable:
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            try:
                return func(*args, **kwargs)
            except Exception as exc:
                report(build_event(job, exc))
                raise

        return wrapper

    return decorator
