"""Sends unhandled exceptions from the shop till and workroom services to
the group's self-hosted error collector so support can see what broke at
which branch.
"""
import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

COLLECTOR = {
    "url": os.environ.get("HC_ERRORS_URL", "https://errors.hartwellcrane.co.uk/api/reports"),
    "timeout": 5,
    "service": os.environ.get("HC_SERVICE_NAME", "shop-till"),
}


def _runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "pid": os.getpid(),
        "environment": dict(os.environ),
    }


def build_report(exc: BaseException, shop_code: str | None = None) -> dict:
    return {
        "service": COLLECTOR["service"],
        "shop": shop_code,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc)[:500],
        "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        "context": _runtime_context(),
    }


def send_report(report: dict) -> bool:
    try:
        resp = requests.post(COLLECTOR["url"], json=report, timeout=COLLECTOR["timeout"])
        resp.raise_for_status()
    except requests.RequestException as err:
        log.warning("could not deliver crash report: %s", err)
        return False
    return True


def install(shop_code: str | None = None) -> None:
    """Install a sys.excepthook that reports and then defers to the default hook."""
    previous = sys.excepthook

    def _hook(exc_type, exc, tb):
        if not issubclass(exc_type, KeyboardInterrupt):
            send_report(build_report(exc, shop_code))
        previous(exc_type, exc, tb)

    sys.excepthook = _hook
