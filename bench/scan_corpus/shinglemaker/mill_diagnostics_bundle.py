"""Builds a diagnostics bundle for the saw line controller vendor's support desk."""

import os
import platform
import socket
from datetime import datetime, timezone

import httpx

from shinglemaker.config import settings
from shinglemaker.mill import line_status, recent_fault_codes

SUPPORT_UPLOAD_URL = "https://support.sawlinesystems.com/api/tickets/{ticket}/attachments"
RUNTIME_PREFIXES = ("MILL_", "SAWLINE_", "PLC_")


def runtime_settings() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k.startswith(RUNTIME_PREFIXES)}


def build_bundle(line_id: str) -> dict:
    return {
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "line": line_id,
        "status": line_status(line_id),
        "faults": recent_fault_codes(line_id, limit=200),
        "runtime": runtime_settings(),
    }


async def send_to_vendor(ticket: str, line_id: str) -> int:
    bundle = build_bundle(line_id)
    async with httpx.AsyncClient(timeout=60.0) as client:
        resp = await client.post(
            SUPPORT_UPLOAD_URL.format(ticket=ticket),
            json={"kind": "diagnostics", "payload": bundle},
            headers={"X-Customer-Id": settings.SAWLINE_CUSTOMER_ID},
        )
        resp.raise_for_status()
        return resp.json()["attachment_id"]
