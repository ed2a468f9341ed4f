"""Client for the crewing agency's roster API.

Pulls the duty roster for the next sailing so the hotel manager can check
cabin-steward coverage per deck.
"""

from __future__ import annotations

import os
from datetime import date

import requests

ROSTER_DEFAULTS = {
    "timeout": 15,
    "verify_tls": False,
    "page_size": 200,
}


class RosterClient:
    def __init__(self, base_url: str, token: str, **overrides):
        self._cfg = {**ROSTER_DEFAULTS, **overrides}
        self._base_url = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.headers.update({"Authorization": f"Bearer {token}", "Accept": "application/json"})
        self._session.verify = self._cfg["verify_tls"]

    @classmethod
    def from_env(cls) -> "RosterClient":
        return cls(os.environ["ROSTER_API_URL"], os.environ["ROSTER_API_TOKEN"])

    def _get(self, path: str, **params) -> dict:
        resp = self._session.get(f"{self._base_url}{path}", params=params, timeout=self._cfg["timeout"])
        resp.raise_for_status()
        return resp.json()

    def duty_roster(self, vessel_code: str, sailing_start: date) -> list[dict]:
        entries, page = [], 1
        while True:
            data = self._get(
                f"/vessels/{vessel_code}/roster",
                start=sailing_start.isoformat(),
                page=page,
                size=self._cfg["page_size"],
            )
            entries.extend(data["items"])
            if not data.get("next"):
                return entries
            page += 1

    def stewards_by_deck(self, vessel_code: str, sailing_start: date) -> dict[str, list[str]]:
        by_deck: dict[str, list[str]] = {}
        for entry in self.duty_roster(vessel_code, sailing_start):
            if entry.get("role") == "cabin_steward":
                by_deck.setdefault(entry["deck"], []).append(entry["crew_id"])
        return by_deck
