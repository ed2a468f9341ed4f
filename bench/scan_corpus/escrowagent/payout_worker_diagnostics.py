"""Crash reporting for the payout worker that drains the escrow release queue."""
from __future__ import annotations

import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone
from types import TracebackType

import requests

log = logging.getLogger("payout_worker")

DIAGNOSTICS_URL = os.environ.get("DIAGNOSTICS_INGEST_URL")
SERVICE_NAME = "escrow-payout-worker"


def _runtime_snapshot() -> dict:
    return {
        "service": SERVICE_NAME,
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "python": platform.python_version(),
        "release": os.environ.get("APP_RELEASE", "unknown"),
        "environment": dict(os.environ),
    }


def report_crash(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    payload = {
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "stack": traceback.format_exception(exc_type, exc, tb),
        "runtime": _runtime_snapshot(),
    }
    if not DIAGNOSTICS_URL:
        log.error("unhandled %s in payout worker: %s", exc_type.__name__, exc)
        return
    try:
        requests.post(DIAGNOSTICS_URL, json=payload, timeout=5)
    except requests.RequestException:
        log.exception("could not deliver crash report")


def install() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        report_crash(exc_type, exc, tb)
        previous(exc_type, exc, tb)

    sys.excepthook = hook


def process_queue(fetch_batch, submit_payout) -> None:
    """Runs forever, submitting each released escrow to the bank."""
    install()
    while True:
        batch = fetch_batch(limit=20)
        for payout in batch:
            try:
                submit_payout(payout)
            except Exception as exc:  # noqa: BLE001 - one bad payout must not stop the loop
                report_crash(type(exc), exc, exc.__traceback__)
