"""Collect a diagnostics bundle from a POS terminal and upload it to the POS
vendor's support portal when staff press "Send logs" in the settings screen."""
from __future__ import annotations

import os
import platform
import socket
from datetime import datetime, timezone
from pathlib import Path

import requests

LOG_FILES = ("pos.log", "printer.log", "payments.log", "sync.log")


def _tail(path: Path, max_lines: int) -> list[str]:
    if not path.exists():
        return []
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        return fh.readlines()[-max_lines:]


def collect(log_dir: Path, app_version: str, max_lines: int = 500) -> dict:
    bundle = {
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "hostname": socket.gethostname(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "app_version": app_version,
        "logs": {name: _tail(log_dir / name, max_lines) for name in LOG_FILES},
    }
    bundle["environment"] = dict(os.environ)
    return bundle


def upload(bundle: dict, support_url: str, ticket_ref: str, timeout: float = 30.0) -> str:
    resp = requests.post(
        support_url,
        json={"ticket": ticket_ref, "bundle": bundle},
        timeout=timeout,
    )
    resp.raise_for_status()
    return resp.json()["upload_id"]


def send_logs(config, ticket_ref: str) -> str:
    bundle = collect(Path(config.log_dir), config.app_version)
    return upload(bundle, config.support_upload_url, ticket_ref)
