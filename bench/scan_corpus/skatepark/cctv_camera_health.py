"""Polls each CCTV camera's HTTPS status endpoint and raises an alert for offline cameras."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("cctv.health")


@dataclass
class HealthSettings:
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get("CCTV_CA_BUNDLE", "/etc/rampworks/cctv-ca.pem")
    )
    username: str = field(default_factory=lambda: os.environ.get("CCTV_API_USER", "monitor"))
    password: str = field(default_factory=lambda: os.environ["CCTV_API_PASSWORD"], repr=False)
    alert_webhook: str = field(default_factory=lambda: os.environ["DUTY_ALERT_WEBHOOK"])
    timeout: float = 5.0


class CameraHealthChecker:
    def __init__(self, cameras: dict[str, str], settings: HealthSettings | None = None) -> None:
        self.cameras = cameras
        self.settings = settings or HealthSettings()
        self.session = requests.Session()
        self.session.verify = self.settings.ca_bundle
        self.session.auth = (self.settings.username, self.settings.password)

    def check(self, camera_id: str, base_url: str) -> dict:
        try:
            resp = self.session.get(f"{base_url}/api/status", timeout=self.settings.timeout)
            resp.raise_for_status()
            status = resp.json()
            return {"camera": camera_id, "online": True, "recording": status.get("recording")}
        except (requests.RequestException, ValueError) as exc:
            log.warning("camera %s unreachable: %s", camera_id, exc.__class__.__name__)
            return {"camera": camera_id, "online": False, "recording": False}

    def run(self) -> list[dict]:
        results = [self.check(cid, url) for cid, url in self.cameras.items()]
        down = [r["camera"] for r in results if not r["online"] or not r["recording"]]
        if down:
            requests.post(
                self.settings.alert_webhook,
                json={"text": f"CCTV attention needed: {', '.join(sorted(down))}"},
                timeout=self.settings.timeout,
            )
        return results
