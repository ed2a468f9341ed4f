"""Assemble and upload a support bundle for the dispatch optimiser vendor."""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import requests
from dotenv import dotenv_values

APP_ROOT = Path(__file__).resolve().parent


class BundleBuilder:
    """Collects logs and configuration the vendor asks for on a ticket."""

    def __init__(self, root: Path = APP_ROOT) -> None:
        self.root = root

    def _recent_logs(self, limit: int = 5) -> list[Path]:
        logs = sorted((self.root / "logs").glob("*.log"), key=lambda p: p.stat().st_mtime)
        return logs[-limit:]

    def _configuration(self) -> dict[str, str | None]:
        return dict(dotenv_values(self.root / ".env"))

    def build(self, ticket: str) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for log_path in self._recent_logs():
                zf.write(log_path, arcname=f"logs/{log_path.name}")
            zf.writestr("config.json", json.dumps(self._configuration(), indent=2))
            zf.writestr("ticket.txt", ticket)
        return buf.getvalue()


class VendorPortal:
    def __init__(self, upload_url: str, api_key: str) -> None:
        self.upload_url = upload_url
        self.api_key = api_key

    def upload(self, ticket: str, archive: bytes) -> int:
        resp = requests.post(
            self.upload_url,
            headers={"X-Api-Key": self.api_key},
            files={"bundle": (f"{ticket}.zip", archive, "application/zip")},
            data={"ticket": ticket},
            timeout=60,
        )
        resp.raise_for_status()
        return resp.status_code


def send_bundle(ticket: str) -> int:
    archive = BundleBuilder().build(ticket)
    portal = VendorPortal(os.environ["VENDOR_UPLOAD_URL"], os.environ["VENDOR_API_KEY"])
    return portal.upload(ticket, archive)
