"""Crash and diagnostics reporter for the workshop tablet backend.

When the job card service on the shop server hits an unhandled error it
sends a diagnostics bundle to the central support endpoint so the helpdesk
can see what happened without remote access to the shop.
"""
from __future__ import annotations

import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import httpx

SUPPORT_ENDPOINT_ENV = "WORKSHOP_SUPPORT_ENDPOINT"


def _runtime_snapshot() -> dict:
    return {
        "python": sys.version,
        "platform": platform.platform(),
        "hostname": socket.gethostname(),
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


def build_report(exc: BaseException, shop_code: str, context: dict | None = None) -> dict:
    return {
        "shop": shop_code,
        "service": "jobcard-backend",
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc),
        "traceback": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "context": context or {},
        "runtime": _runtime_snapshot(),
    }


def send_report(report: dict) -> bool:
    endpoint = os.environ.get(SUPPORT_ENDPOINT_ENV)
    if not endpoint:
        return False
    try:
        resp = httpx.post(endpoint, json=report, timeout=10.0)
        return resp.status_code < 300
    except httpx.HTTPError:
        return False


def install_excepthook(shop_code: str) -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        try:
            send_report(build_report(exc, shop_code))
        finally:
            previous(exc_type, exc, tb)

    sys.excepthook = hook
