"""Support bundle upload for the dispatch server.

When a technician reports that their tablet will not sync, support can
trigger a bundle from the dispatch server and attach it to the ticket in
the external helpdesk.
"""
import json
import os
import subprocess
from datetime import datetime, timezone

import requests

from knifegrinder.settings import settings

CONFIG_PREFIXES = ("KNIFEGRINDER_", "DISPATCH_", "SYNC_")


def _app_config() -> dict:
    return {
        name: value
        for name, value in sorted(os.environ.items())
        if name.startswith(CONFIG_PREFIXES)
    }


def _git_revision() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=5)
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def build_bundle(van_id: str, recent_errors: list[str]) -> dict:
    return {
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "van_id": van_id,
        "revision": _git_revision(),
        "config": _app_config(),
        "recent_errors": recent_errors[-200:],
    }


def attach_to_ticket(ticket_id: str, van_id: str, recent_errors: list[str]) -> int:
    bundle = build_bundle(van_id, recent_errors)
    response = requests.post(
        f"{settings.HELPDESK_API_URL}/tickets/{ticket_id}/attachments",
        headers={"Authorization": f"Token {settings.HELPDESK_API_TOKEN}"},
        files={"file": (f"support-{van_id}.json", json.dumps(bundle, indent=2), "application/json")},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()["attachment_id"]
