"""Small client for the newsroom CMS content API.

Used by the tips desk tooling to open draft stories from vetted tips and to
look up which reporters cover a beat.
"""
import os

import requests

CMS_BASE_URL = os.environ["CMS_BASE_URL"]
CMS_API_KEY = "cmsk_live_7Qd2vXh9LpR4tW8zN3bK6mY1sJ5cF0aE"


class CMSClient:
    def __init__(self, base_url: str = CMS_BASE_URL, api_key: str = CMS_API_KEY):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Token {api_key}", "Accept": "application/json"}
        )

    def reporters_for_beat(self, beat: str) -> list[dict]:
        resp = self.session.get(f"{self.base_url}/people", params={"beat": beat}, timeout=15)
        resp.raise_for_status()
        return resp.json()["results"]

    def create_draft(self, headline: str, summary: str, tip_ref: str, assignee_id: int) -> int:
        payload = {
            "type": "story",
            "status": "draft",
            "headline": headline,
            "dek": summary,
            "assignee": assignee_id,
            "internal_notes": f"Opened from tip {tip_ref}",
        }
        resp = self.session.post(f"{self.base_url}/stories", json=payload, timeout=15)
        resp.raise_for_status()
        return resp.json()["id"]
