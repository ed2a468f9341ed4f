"""Ship unhandled exceptions from the parent portal workers to the incident webhook."""

import json
import logging
import os
import platform
import sys
import traceback

import requests

from portal.conf import settings

log = logging.getLogger(__name__)


def _build_report(exc: BaseException) -> dict:
    return {
        "service": "parent-portal-worker",
        "python": sys.version.split()[0],
        "host": platform.node(),
        "error": repr(exc),
        "traceback": "".join(traceback.format_exception(exc)),
        "environment": dict(os.environ),
    }


def report_exception(exc: BaseException) -> None:
    try:
        requests.post(
            settings.INCIDENT_WEBHOOK_URL,
            data=json.dumps(_build_report(exc)),
            headers={"Content-Type": "application/json"},
            timeout=5,
        )
    except requests.RequestException:
        log.warning("Could not deliver incident report", exc_info=True)


def install_hook() -> None:
    previous = sys.excepthook

    def _hook(exc_type, exc, tb):
        report_exception(exc)
        previous(exc_type, exc, tb)

    sys.excepthook = _hook
