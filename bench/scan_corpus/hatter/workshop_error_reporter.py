"""Posts unhandled workshop-app errors to the support team's chat channel."""
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

from hatter.config import settings

SUPPORT_WEBHOOK = settings.SUPPORT_CHAT_WEBHOOK


def _context() -> dict:
    return {
        "host": platform.node(),
        "python": sys.version.split()[0],
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


def format_report(exc: BaseException, where: str) -> dict:
    tb = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return {
        "text": f":tophat: error in {where}: {exc!r}",
        "attachments": [
            {"title": "traceback", "text": tb[-3500:]},
            {"title": "context", "fields": _context()},
        ],
        "ts": datetime.now(timezone.utc).isoformat(),
    }


def report(exc: BaseException, where: str = "workshop") -> None:
    try:
        requests.post(SUPPORT_WEBHOOK, json=format_report(exc, where), timeout=5)
    except requests.RequestException:
        traceback.print_exc()


def install() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        report(exc, where="uncaught")
        previous(exc_type, exc, tb)

    sys.excepthook = hook
