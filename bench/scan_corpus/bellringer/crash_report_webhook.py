"""Post unhandled errors from the registry's batch jobs to the web team chat.

Batch jobs (renewal reminders, peal imports, newsletter sync) run from
cron on the association's small VPS; crashes are announced in the
web-team channel so someone can pick them up.
"""
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

WEBHOOK_URL_VAR = "BELLS_CHAT_WEBHOOK_URL"


def _context_snapshot() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "argv": sys.argv,
        "cwd": os.getcwd(),
        "env": dict(os.environ),
    }


def _format_message(exc_type, exc, tb) -> dict:
    lines = traceback.format_exception(exc_type, exc, tb)
    return {
        "text": f":bell: Batch job failed: {exc_type.__name__}: {exc}",
        "attachments": [
            {
                "title": "Traceback",
                "text": "".join(lines)[-3500:],
                "ts": int(datetime.now(timezone.utc).timestamp()),
            }
        ],
        "context": _context_snapshot(),
    }


def report_crash(exc_type, exc, tb) -> None:
    url = os.environ.get(WEBHOOK_URL_VAR)
    if url:
        try:
            requests.post(url, json=_format_message(exc_type, exc, tb), timeout=10)
        except requests.RequestException:
            pass
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = report_crash
