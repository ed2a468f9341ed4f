"""Thin client for sending breaking-news alerts through the push provider."""
import logging
from typing import Iterable

import requests

log = logging.getLogger(__name__)


class AlertGateway:
    """Wraps the provider's /api/push endpoint with our audience conventions."""

    def __init__(
        self,
        base_url: str,
        app_key: str,
        master_secret: str = "Zp4Hs9Uj2LqW6eTn8RbV3Fx0",
        timeout: float = 10.0,
    ):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.auth = (app_key, master_secret)
        self.session.headers["Accept"] = "application/vnd.push+json; version=3"

    def send_alert(self, headline: str, url: str, tags: Iterable[str], ttl: int = 3600) -> str:
        payload = {
            "audience": {"OR": [{"tag": t, "group": "sections"} for t in tags]},
            "notification": {
                "alert": headline,
                "actions": {"open": {"type": "url", "content": url}},
            },
            "options": {"expiry": ttl},
            "device_types": ["ios", "android", "web"],
        }
        resp = self.session.post(f"{self.base_url}/api/push", json=payload, timeout=self.timeout)
        resp.raise_for_status()
        push_id = resp.json()["push_ids"][0]
        log.info("sent alert %s to %d tag(s)", push_id, len(payload["audience"]["OR"]))
        return push_id
