"""Lookup of list entries from the national heritage register API.

Used when opening a new survey to pull the list entry number, grade and
official description of the building into the site record.
"""
import logging
from typing import Optional

import requests

from pargeter.config import settings

log = logging.getLogger(__name__)


class RegisterClient:
    def __init__(
        self,
        base_url: str = settings.HERITAGE_REGISTER_URL,
        api_key: str = settings.HERITAGE_REGISTER_KEY,
    ):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {api_key}", "Accept": "application/json"}
        )

    def _get(self, path: str, **params) -> Optional[dict]:
        resp = self.session.get(f"{self.base_url}{path}", params=params, timeout=15)
        if resp.status_code != 200:
            log.warning(
                "register request failed: %s %s status=%s headers=%s",
                resp.request.method,
                resp.request.url,
                resp.status_code,
                dict(resp.request.headers),
            )
            return None
        return resp.json()

    def list_entry(self, entry_number: str) -> Optional[dict]:
        return self._get(f"/list-entries/{entry_number}")

    def search_by_postcode(self, postcode: str) -> list[dict]:
        data = self._get("/list-entries", postcode=postcode.replace(" ", "").upper())
        return data.get("results", []) if data else []


def summarise_entry(entry: dict) -> str:
    return f"{entry['name']} (Grade {entry['grade']}, list entry {entry['entry_number']})"
