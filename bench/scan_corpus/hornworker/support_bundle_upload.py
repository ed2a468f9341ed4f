"""Uploads a support bundle to the shop-platform vendor's helpdesk.

Only non-secret deployment facts are included; the vendor asks for the
release, region and feature flags when triaging a storefront ticket.
"""
import os
import platform

import requests

from hornworker.settings import VENDOR_SUPPORT

SHAREABLE_ENV = ("HW_RELEASE", "HW_REGION", "HW_FEATURE_FLAGS", "HW_STOREFRONT_THEME")


def deployment_facts() -> dict[str, str | None]:
    facts = {name: os.environ.get(name) for name in SHAREABLE_ENV}
    facts["python"] = platform.python_version()
    facts["os"] = platform.system()
    return facts


def recent_errors(log_path: str, limit: int = 50) -> list[str]:
    try:
        with open(log_path, encoding="utf-8", errors="replace") as fh:
            lines = [line.rstrip() for line in fh if " ERROR " in line]
    except FileNotFoundError:
        return []
    return lines[-limit:]


def upload_bundle(ticket_ref: str) -> str:
    bundle = {
        "ticket": ticket_ref,
        "deployment": deployment_facts(),
        "errors": recent_errors(VENDOR_SUPPORT["error_log"]),
    }
    resp = requests.post(
        VENDOR_SUPPORT["bundle_url"],
        json=bundle,
        headers={"Authorization": f"Token {VENDOR_SUPPORT['api_token']}"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["bundle_id"]
