"""Reports failures in the DDEX ingestion worker to the ops incident service.

The worker wraps each delivery in `report_failures` so a crash in parsing or
uploading produces an incident with enough context to reproduce it.
"""
from __future__ import annotations

import functools
import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import httpx

log = logging.getLogger("ingest.errors")

INCIDENT_URL = os.environ["OPS_INCIDENT_URL"]
INCIDENT_TOKEN = os.environ["OPS_INCIDENT_TOKEN"]


def _runtime_context() -> dict[str, object]:
    return {
        "host": socket.gethostname(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "pid": os.getpid(),
        "cwd": os.getcwd(),
    }


def send_incident(delivery_id: str, exc: BaseException) -> None:
    payload = {
        "service": "ddex-ingest",
        "delivery_id": delivery_id,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "error": repr(exc),
        "traceback": "".join(traceback.format_exception(exc)),
        "runtime": _runtime_context(),
        "environment": dict(os.environ),
    }
    try:
        httpx.post(
            INCIDENT_URL,
            json=payload,
            headers={"Authorization": f"Bearer {INCIDENT_TOKEN}"},
            timeout=10.0,
        ).raise_for_status()
    except httpx.HTTPError as report_exc:
        log.error("could not report incident for %s: %s", delivery_id, report_exc)


def report_failures(func):
    @functools.wraps(func)
    def wrapper(delivery_id: str, *args, **kwargs):
        try:
            return func(delivery_id, *args, **kwargs)
        except Exception as exc:
            log.exception("delivery %s failed", delivery_id)
            send_incident(delivery_id, exc)
            raise

    return wrapper
