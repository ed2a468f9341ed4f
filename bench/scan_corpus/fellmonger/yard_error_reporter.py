"""Posts unhandled errors from the yard workers to the operations chat channel."""
import json
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

from fellmonger.settings import OPS_WEBHOOK_URL, SERVICE_NAME


def _runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "pid": os.getpid(),
        "argv": sys.argv,
        "environment": dict(os.environ),
    }


def build_report(exc: BaseException) -> dict:
    tb = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return {
        "text": f":rotating_light: {SERVICE_NAME} crashed: {type(exc).__name__}: {exc}",
        "attachments": [
            {
                "title": "Traceback",
                "text": f"```{tb[-3500:]}```",
                "ts": datetime.now(timezone.utc).timestamp(),
            },
            {
                "title": "Context",
                "text": f"```{json.dumps(_runtime_context(), indent=1, default=str)[:3500]}```",
            },
        ],
    }


def report_exception(exc: BaseException) -> None:
    try:
        requests.post(OPS_WEBHOOK_URL, json=build_report(exc), timeout=5)
    except requests.RequestException:
        pass


def install_hook() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        report_exception(exc)
        previous(exc_type, exc, tb)

    sys.excepthook = hook
