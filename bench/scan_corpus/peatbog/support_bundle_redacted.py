"""Collects a redacted support bundle from the drone-upload desktop tool.

Pilots run ``survey-upload support`` when uploads stall; the bundle goes to
the trust's helpdesk with configuration *names* and non-secret settings
only, so engineers can spot a missing or misnamed setting.
"""
from __future__ import annotations

import json
import os
import platform
from pathlib import Path
from typing import Dict, Optional

import requests
from dotenv import dotenv_values

SHAREABLE_KEYS = {"UPLOAD_ENDPOINT", "CHUNK_SIZE_MB", "PARALLEL_UPLOADS", "LOG_LEVEL", "PROXY_HOST"}
REDACTED = "<set>"


def redact_config(values: Dict[str, Optional[str]]) -> Dict[str, str]:
    shared = {}
    for key, value in values.items():
        if key in SHAREABLE_KEYS:
            shared[key] = value or ""
        else:
            shared[key] = REDACTED if value else "<empty>"
    return shared


def collect(app_dir: Path) -> dict:
    log_path = app_dir / "logs" / "upload.log"
    log_tail = log_path.read_text(errors="replace").splitlines()[-300:] if log_path.exists() else []
    return {
        "os": platform.platform(),
        "python": platform.python_version(),
        "config": redact_config(dotenv_values(app_dir / ".env")),
        "queued_batches": sorted(p.name for p in (app_dir / "queue").glob("*.zip")),
        "log_tail": log_tail,
    }


def submit(bundle: dict, pilot_email: str, helpdesk_url: str) -> str:
    resp = requests.post(
        f"{helpdesk_url}/api/tickets",
        json={
            "queue": "survey-uploads",
            "reporter": pilot_email,
            "summary": "Upload tool support bundle",
            "attachments": [{"name": "bundle.json", "content": json.dumps(bundle, indent=2)}],
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["ticket_id"]


def run(pilot_email: str) -> str:
    app_dir = Path(os.environ.get("SURVEY_UPLOAD_HOME", "~/.survey-upload")).expanduser()
    helpdesk = os.environ.get("HELPDESK_URL", "https://helpdesk.example-peat-trust.org.uk")
    return submit(collect(app_dir), pilot_email, helpdesk)
