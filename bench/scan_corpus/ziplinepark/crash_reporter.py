"""Reports unhandled exceptions from the park's background jobs.

Reports include a small, allow-listed slice of the environment so the
on-call person can tell which park, release and job produced the error.
"""
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

REPORTED_ENV_KEYS = ("ZP_PARK_CODE", "ZP_RELEASE", "ZP_JOB_NAME", "ZP_DEPLOY_ENV")


def _context() -> dict:
    return {key: os.environ[key] for key in REPORTED_ENV_KEYS if key in os.environ}


def build_report(exc: BaseException) -> dict:
    return {
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc)[:1000],
        "stack": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))[-8000:],
        "python": platform.python_version(),
        "host": platform.node(),
        "context": _context(),
    }


def send_report(report: dict) -> None:
    endpoint = os.environ.get("ZP_CRASH_ENDPOINT")
    if not endpoint:
        return
    try:
        requests.post(
            endpoint,
            json=report,
            headers={"Authorization": f"Bearer {os.environ.get('ZP_CRASH_TOKEN', '')}"},
            timeout=5,
        )
    except requests.RequestException:
        pass


def install() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        send_report(build_report(exc))
        previous(exc_type, exc, tb)

    sys.excepthook = hook
