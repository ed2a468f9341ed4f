"""Submits club members' competition entries to the national federation.

The federation issues each club an API token; it is read from the
environment and sent only to the federation's own API.
"""
from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass
from datetime import date

import httpx

log = logging.getLogger("club.federation_entries")


@dataclass
class EntryRequest:
    licence_no: str
    competition_code: str
    weapon: str
    category: str
    paid_on: date


class FederationEntryClient:
    def __init__(self, base_url: str, token: str, club_code: str) -> None:
        self.club_code = club_code
        self.http = httpx.Client(
            base_url=base_url.rstrip("/"),
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
            timeout=20.0,
        )

    @classmethod
    def from_env(cls) -> "FederationEntryClient":
        return cls(
            base_url=os.environ["FEDERATION_API_URL"],
            token=os.environ["FEDERATION_API_TOKEN"],
            club_code=os.environ["FEDERATION_CLUB_CODE"],
        )

    def submit(self, entries: list[EntryRequest]) -> dict:
        payload = {
            "club": self.club_code,
            "entries": [{**asdict(e), "paid_on": e.paid_on.isoformat()} for e in entries],
        }
        resp = self.http.post("/v1/entries", json=payload)
        resp.raise_for_status()
        result = resp.json()
        log.info("federation accepted %d of %d entries", result.get("accepted", 0), len(entries))
        return result

    def withdraw(self, licence_no: str, competition_code: str) -> None:
        resp = self.http.delete(f"/v1/entries/{competition_code}/{licence_no}")
        resp.raise_for_status()
        log.info("withdrew %s from %s", licence_no, competition_code)

    def close(self) -> None:
        self.http.close()
