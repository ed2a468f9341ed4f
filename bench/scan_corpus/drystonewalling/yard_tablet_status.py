"""Status report sent by the yard tablet to the outside IT helpdesk.

The helpdesk only needs to know the tablet is configured, not how, so the
report lists which settings the tablet's ``.env`` defines without any of
their values.
"""
from __future__ import annotations

import platform
import shutil
import socket
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import httpx
from dotenv import dotenv_values

REQUIRED_SETTINGS = ("WEIGHBRIDGE_URL", "WEIGHBRIDGE_TOKEN", "PRINTER_QUEUE", "YARD_ID")


@dataclass
class StatusConfig:
    helpdesk_url: str
    device_label: str
    app_dir: Path = Path("/opt/walling-yard")

    @property
    def env_file(self) -> Path:
        return self.app_dir / ".env"


class YardTabletStatus:
    def __init__(self, config: StatusConfig) -> None:
        self.config = config

    def _configured_names(self) -> list[str]:
        if not self.config.env_file.exists():
            return []
        return sorted(k for k, v in dotenv_values(self.config.env_file).items() if v)

    def collect(self) -> dict:
        names = self._configured_names()
        usage = shutil.disk_usage(self.config.app_dir)
        return {
            "device": self.config.device_label,
            "hostname": socket.gethostname(),
            "os": platform.platform(),
            "collected_at": datetime.now(timezone.utc).isoformat(),
            "free_gb": round(usage.free / 1e9, 1),
            "settings_present": names,
            "settings_missing": [n for n in REQUIRED_SETTINGS if n not in names],
        }

    def upload(self) -> str:
        with httpx.Client(timeout=20.0) as client:
            resp = client.post(self.config.helpdesk_url, json=self.collect())
            resp.raise_for_status()
            return resp.json().get("ticket", "")
