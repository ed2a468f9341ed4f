"""Attaches runtime context to support tickets raised from the plant edge box."""
import os
import platform
import socket
from datetime import datetime, timezone

import httpx

from ropewalker.edge.config import EdgeConfig

SHAREABLE_ENV_KEYS = (
    "RW_AGENT_VERSION",
    "RW_SITE_CODE",
    "RW_LINE_CODE",
    "RW_PLC_PROTOCOL",
    "TZ",
)


def shareable_environment() -> dict[str, str]:
    return {key: os.environ[key] for key in SHAREABLE_ENV_KEYS if key in os.environ}


def ticket_context(config: EdgeConfig) -> dict:
    return {
        "hostname": socket.gethostname(),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "machine_serial": config.machine_serial,
        "environment": shareable_environment(),
        "collected_at": datetime.now(timezone.utc).isoformat(),
    }


async def open_ticket(config: EdgeConfig, summary: str, detail: str) -> str:
    payload = {
        "summary": summary,
        "description": detail,
        "priority": "normal",
        "context": ticket_context(config),
    }
    async with httpx.AsyncClient(base_url=config.helpdesk_url, timeout=20.0) as client:
        response = await client.post(
            "/api/tickets",
            json=payload,
            headers={"Authorization": f"Bearer {config.helpdesk_token}"},
        )
        response.raise_for_status()
        return response.json()["key"]
