"""Builds the diagnostics payload attached to helpdesk tickets from a workstation."""
from __future__ import annotations

import os
import platform
import sys
from datetime import datetime, timezone

import requests

# Only non-sensitive runtime settings are reported; anything else in the
# environment stays on the machine.
REPORTED_ENV_VARS = (
    "TAXPREP_CHANNEL",
    "TAXPREP_OFFICE_CODE",
    "TZ",
    "LANG",
    "PROCESSOR_ARCHITECTURE",
)


def environment_summary(names=REPORTED_ENV_VARS) -> dict[str, str]:
    return {name: os.environ[name] for name in names if name in os.environ}


def build_payload(ticket: str, app_version: str) -> dict:
    return {
        "ticket": ticket,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "app_version": app_version,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "environment": environment_summary(),
    }


def upload(payload: dict, support_url: str, session: requests.Session | None = None) -> str:
    http = session or requests.Session()
    resp = http.post(support_url, json=payload, timeout=30)
    resp.raise_for_status()
    return resp.json().get("attachment_id", "")
