"""Diagnostics bundle sent to the support vendor when a user reports a problem.

Only the fields listed in DIAGNOSTIC_FIELDS are collected. Configuration
values that identify the deployment are included; credentials are not read
here at all.
"""
import os
import platform
import sys
from datetime import datetime, timezone

import requests

DIAGNOSTIC_ENV_VARS = ("DEPLOYMENT_ENV", "COUNTRY_OFFICE", "APP_RELEASE", "TZ")


def collect(app_version: str, db_schema_version: str) -> dict:
    return {
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "app_version": app_version,
        "db_schema_version": db_schema_version,
        "python": platform.python_version(),
        "os": platform.system(),
        "deployment": {name: os.environ.get(name, "") for name in DIAGNOSTIC_ENV_VARS},
        "argv0": os.path.basename(sys.argv[0]) if sys.argv else "",
    }


def submit(ticket_id: str, support_url: str, bundle: dict) -> int:
    resp = requests.post(
        f"{support_url.rstrip('/')}/tickets/{ticket_id}/diagnostics",
        json=bundle,
        timeout=20,
    )
    resp.raise_for_status()
    return resp.status_code
