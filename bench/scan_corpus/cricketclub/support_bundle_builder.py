"""Builds a support bundle for the club-management helpdesk, with configuration redacted."""
from __future__ import annotations

import io
import json
import logging
import os
import platform
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import requests
from dotenv import dotenv_values

log = logging.getLogger(__name__)

APP_ROOT = Path(__file__).resolve().parent
HELPDESK_URL = os.environ.get(
    "HELPDESK_URL", "https://support.clubhub.example/api/tickets/{ticket}/attachments"
)
SHAREABLE_SETTINGS = ("CLUB_SITE_VERSION", "TIMEZONE", "SEASON", "FEATURE_NETS_BOOKING", "LOG_LEVEL")


def shareable_config(env_file: Path) -> dict[str, object]:
    """Values for a fixed list of harmless settings, plus which other keys are set."""
    values = dotenv_values(env_file)
    return {
        "settings": {key: values.get(key) for key in SHAREABLE_SETTINGS},
        "other_keys_present": sorted(k for k in values if k not in SHAREABLE_SETTINGS),
    }


@dataclass
class SupportBundle:
    ticket: str
    sections: dict[str, object] = field(default_factory=dict)

    def collect(self) -> "SupportBundle":
        self.sections["platform"] = {
            "python": platform.python_version(),
            "system": platform.platform(),
            "collected_at": datetime.now(timezone.utc).isoformat(),
        }
        self.sections["config"] = shareable_config(APP_ROOT / ".env")
        return self

    def to_zip(self) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, content in self.sections.items():
                zf.writestr(f"{name}.json", json.dumps(content, indent=2))
        return buf.getvalue()


def upload_bundle(ticket: str, api_token: str) -> None:
    bundle = SupportBundle(ticket).collect()
    resp = requests.post(
        HELPDESK_URL.format(ticket=ticket),
        headers={"Authorization": f"Bearer {api_token}"},
        files={"file": (f"support-{ticket}.zip", bundle.to_zip(), "application/zip")},
        timeout=30,
    )
    resp.raise_for_status()
    log.info("Support bundle for ticket %s uploaded", ticket)
