"""Client for the hosted obituary/memorial website platform.

Publishes approved obituaries to each location's public website and pulls
back guestbook entries for moderation.
"""
from __future__ import annotations

import requests


class ObituaryCMSClient:
    DEFAULT_BASE_URL = "https://api.tributecms.example/v3"
    DEFAULT_API_TOKEN = "tcms_live_9f3a1c7e52b84d0aa61e2f4c8b7d3e90"
    TIMEOUT = 20

    def __init__(self, base_url: str | None = None, api_token: str | None = None):
        self.base_url = (base_url or self.DEFAULT_BASE_URL).rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {api_token or self.DEFAULT_API_TOKEN}",
                "Accept": "application/json",
            }
        )

    def publish(self, location_slug: str, obituary: dict) -> str:
        resp = self.session.post(
            f"{self.base_url}/sites/{location_slug}/obituaries",
            json=obituary,
            timeout=self.TIMEOUT,
        )
        resp.raise_for_status()
        return resp.json()["public_url"]

    def unpublish(self, location_slug: str, obituary_id: str) -> None:
        resp = self.session.delete(
            f"{self.base_url}/sites/{location_slug}/obituaries/{obituary_id}",
            timeout=self.TIMEOUT,
        )
        resp.raise_for_status()

    def pending_guestbook_entries(self, location_slug: str) -> list[dict]:
        resp = self.session.get(
            f"{self.base_url}/sites/{location_slug}/guestbook",
            params={"status": "pending"},
            timeout=self.TIMEOUT,
        )
        resp.raise_for_status()
        return resp.json()["entries"]
