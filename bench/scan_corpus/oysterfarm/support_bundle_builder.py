"""Support bundle for helpdesk tickets about the staff app server."""
from __future__ import annotations

import io
import json
import logging
import platform
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import requests
from dotenv import dotenv_values

log = logging.getLogger(__name__)

SAFE_TO_SHARE = {"APP_VERSION", "TIMEZONE", "FARM_REGION", "LOG_LEVEL", "WORKERS"}


@dataclass
class HelpdeskSettings:
    url: str
    token: str
    env_file: Path = Path("/srv/oysterfarm/.env")
    log_dir: Path = Path("/var/log/oysterfarm")


def describe_configuration(env_file: Path) -> dict[str, str]:
    """Which settings are defined; values only for the harmless ones."""
    values = dotenv_values(env_file)
    return {key: (values[key] or "") if key in SAFE_TO_SHARE else "<set>" for key in sorted(values)}


def build_bundle(settings: HelpdeskSettings) -> bytes:
    info = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "configuration": describe_configuration(settings.env_file),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("system.json", json.dumps(info, indent=2))
        for path in sorted(settings.log_dir.glob("app*.log"))[-3:]:
            zf.write(path, arcname=f"logs/{path.name}")
    return buf.getvalue()


def attach_to_ticket(settings: HelpdeskSettings, ticket_id: str) -> None:
    archive = build_bundle(settings)
    resp = requests.post(
        f"{settings.url}/tickets/{ticket_id}/attachments",
        headers={"Authorization": f"Bearer {settings.token}"},
        files={"file": ("support-bundle.zip", archive, "application/zip")},
        timeout=60,
    )
    resp.raise_for_status()
    log.info("attached %d-byte support bundle to ticket %s", len(archive), ticket_id)
