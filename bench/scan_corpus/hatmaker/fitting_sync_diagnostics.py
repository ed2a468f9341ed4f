"""Support bundle for the fitting-room tablet sync service.

When appointment sync with the booking calendar fails, staff press
"Send diagnostics" and this module posts a bundle to our support desk.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import platform
from pathlib import Path

import httpx

log = logging.getLogger("hatmaker.fitting_sync.diagnostics")

APP_ROOT = Path(__file__).resolve().parent.parent
SUPPORT_URL = os.environ["SUPPORT_DESK_URL"]
SUPPORT_TOKEN = os.environ["SUPPORT_DESK_TOKEN"]


def _read_settings_file(path: Path) -> dict[str, str]:
    values: dict[str, str] = {}
    if not path.exists():
        return values
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        values[key.strip()] = value.strip().strip('"')
    return values


def _recent_log_lines(limit: int = 200) -> list[str]:
    log_file = APP_ROOT / "logs" / "fitting_sync.log"
    if not log_file.exists():
        return []
    return log_file.read_text(errors="replace").splitlines()[-limit:]


def collect_bundle(last_error: str | None) -> dict:
    return {
        "generated_at": dt.datetime.now(dt.timezone.utc).isoformat(),
        "host": platform.node(),
        "os": platform.platform(),
        "app_version": (APP_ROOT / "VERSION").read_text().strip() if (APP_ROOT / "VERSION").exists() else "dev",
        "last_error": last_error,
        "settings": _read_settings_file(APP_ROOT / ".env"),
        "log_tail": _recent_log_lines(),
    }


def send_diagnostics(last_error: str | None = None) -> str:
    bundle = collect_bundle(last_error)
    with httpx.Client(timeout=20.0) as client:
        resp = client.post(
            f"{SUPPORT_URL.rstrip('/')}/api/bundles",
            json=bundle,
            headers={"Authorization": f"Bearer {SUPPORT_TOKEN}"},
        )
        resp.raise_for_status()
    ticket = resp.json()["ticket"]
    log.info("Diagnostics bundle uploaded as ticket %s", ticket)
    return ticket
