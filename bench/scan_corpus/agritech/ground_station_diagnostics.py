"""'Send diagnostics' button in the ground-station app's Help menu.

Uploads the last mission log tail and basic system info to our support
service so the support team can look at a pilot's problem. The endpoint and
the per-install upload token come from the app's environment/config.
"""
import locale
import os
import platform
from pathlib import Path

import requests

from groundstation import __version__

UPLOAD_URL_VAR = "GS_SUPPORT_UPLOAD_URL"
UPLOAD_TOKEN_VAR = "GS_SUPPORT_UPLOAD_TOKEN"
LOG_TAIL_BYTES = 256 * 1024


def _log_tail(log_file: Path) -> str:
    if not log_file.exists():
        return ""
    with log_file.open("rb") as fh:
        fh.seek(max(0, log_file.stat().st_size - LOG_TAIL_BYTES))
        return fh.read().decode("utf-8", errors="replace")


def _system_info() -> dict:
    return {
        "app_version": __version__,
        "os": platform.platform(),
        "python": platform.python_version(),
        "cpu": platform.machine(),
        "locale": locale.getlocale()[0] or "unknown",
    }


def send_diagnostics(log_file: Path, ticket_ref: str | None = None) -> str:
    url = os.environ[UPLOAD_URL_VAR]
    token = os.environ[UPLOAD_TOKEN_VAR]
    payload = {
        "ticket": ticket_ref,
        "system": _system_info(),
        "log_tail": _log_tail(log_file),
    }
    resp = requests.post(url, json=payload, headers={"Authorization": f"Bearer {token}"}, timeout=20)
    resp.raise_for_status()
    return resp.json()["diagnostic_id"]
