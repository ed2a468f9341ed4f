"""Crash and diagnostics reporting for the field data sync workers."""
import os
import platform
import socket
import traceback
from datetime import datetime, timezone

import requests

from .config import settings

# Deployment metadata only; nothing credential-bearing goes in a report.
REPORTED_ENV_VARS = ("APP_RELEASE", "DEPLOY_ENV", "SITEHUB_REGION", "WORKER_QUEUE")


def _runtime_info() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "pid": os.getpid(),
        "env": {name: os.environ.get(name) for name in REPORTED_ENV_VARS},
    }


def build_report(exc: BaseException, context: dict | None = None) -> dict:
    return {
        "timestamp": datetime.now(timezone.utc).isoformat(),
        "service": settings.SERVICE_NAME,
        "exception": {
            "type": type(exc).__name__,
            "message": str(exc)[:2000],
            "stack": traceback.format_exception(type(exc), exc, exc.__traceback__)[-30:],
        },
        "context": context or {},
        "runtime": _runtime_info(),
    }


def send_report(exc: BaseException, context: dict | None = None) -> bool:
    try:
        resp = requests.post(
            settings.ERROR_COLLECTOR_URL,
            json=build_report(exc, context),
            headers={"Authorization": f"Bearer {settings.ERROR_COLLECTOR_TOKEN}"},
            timeout=5,
        )
        return resp.ok
    except requests.RequestException:
        return False
