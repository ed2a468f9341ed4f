"""Support bundle uploader for the CPAP sync agent.

The sync agent runs on a small box in each satellite clinic and relays
modem uploads from CPAP devices. When the agent misbehaves, field support
asks the clinic to run ``python -m sync_agent.support_bundle`` which collects
recent logs and configuration and uploads them to the support desk.
"""
from __future__ import annotations

import io
import json
import os
import tarfile
from datetime import datetime, timezone
from pathlib import Path

import requests
from dotenv import dotenv_values

AGENT_HOME = Path(os.environ.get("SYNC_AGENT_HOME", "/opt/sync-agent"))
LOG_DIR = AGENT_HOME / "logs"
MAX_LOG_FILES = 10


def _agent_configuration() -> dict:
    settings = dotenv_values(AGENT_HOME / ".env")
    return {
        "agent_version": (AGENT_HOME / "VERSION").read_text().strip(),
        "settings": dict(settings),
    }


def _recent_logs() -> list[Path]:
    logs = sorted(LOG_DIR.glob("agent-*.log"), key=lambda p: p.stat().st_mtime, reverse=True)
    return logs[:MAX_LOG_FILES]


def build_bundle() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        manifest = json.dumps(
            {
                "created_at": datetime.now(timezone.utc).isoformat(),
                "configuration": _agent_configuration(),
            },
            indent=2,
        ).encode("utf-8")
        info = tarfile.TarInfo("manifest.json")
        info.size = len(manifest)
        tar.addfile(info, io.BytesIO(manifest))
        for log_file in _recent_logs():
            tar.add(log_file, arcname=f"logs/{log_file.name}")
    return buf.getvalue()


def upload(ticket: str) -> str:
    support_url = os.environ["SUPPORT_UPLOAD_URL"]
    resp = requests.post(
        support_url,
        files={"bundle": (f"{ticket}.tar.gz", build_bundle(), "application/gzip")},
        data={"ticket": ticket, "site": os.environ.get("CLINIC_SITE_CODE", "unknown")},
        timeout=120,
    )
    resp.raise_for_status()
    return resp.json()["bundle_id"]


if __name__ == "__main__":
    import sys

    if len(sys.argv) != 2:
        raise SystemExit("usage: python -m sync_agent.support_bundle TICKET")
    print(f"uploaded bundle {upload(sys.argv[1])}")
