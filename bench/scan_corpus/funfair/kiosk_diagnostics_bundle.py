"""Collects a support bundle from a ticket kiosk and uploads it to the fleet support API.

Only a fixed set of non-secret settings is included from the environment so
that support can see which build and fair profile the kiosk was running.
"""

from __future__ import annotations

import logging
import os
import platform
import shutil
import socket
from datetime import datetime, timezone

import httpx

log = logging.getLogger("kiosk.diagnostics")

SHAREABLE_SETTINGS = (
    "KIOSK_ID",
    "FAIR_CODE",
    "KIOSK_APP_VERSION",
    "KIOSK_PRINTER_MODEL",
    "KIOSK_LOCALE",
    "TZ",
)


def shareable_environment() -> dict[str, str]:
    return {name: os.environ[name] for name in SHAREABLE_SETTINGS if name in os.environ}


def disk_report(path: str = "/") -> dict[str, int]:
    usage = shutil.disk_usage(path)
    return {"total": usage.total, "used": usage.used, "free": usage.free}


def build_bundle(reason: str) -> dict:
    return {
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "host": socket.gethostname(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "settings": shareable_environment(),
        "disk": disk_report(),
        "reason": reason,
    }


class SupportUploader:
    def __init__(self, endpoint: str, token: str) -> None:
        self.endpoint = endpoint.rstrip("/")
        self._headers = {"Authorization": f"Bearer {token}"}

    @classmethod
    def from_env(cls) -> "SupportUploader":
        return cls(os.environ["KIOSK_SUPPORT_ENDPOINT"], os.environ["KIOSK_SUPPORT_TOKEN"])

    def upload(self, bundle: dict) -> str:
        response = httpx.post(
            f"{self.endpoint}/bundles", json=bundle, headers=self._headers, timeout=20.0
        )
        response.raise_for_status()
        bundle_id = response.json()["bundle_id"]
        log.info("support bundle uploaded as %s", bundle_id)
        return bundle_id


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    SupportUploader.from_env().upload(build_bundle(reason="manual"))
