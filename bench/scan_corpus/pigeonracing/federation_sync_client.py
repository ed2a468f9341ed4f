"""Nightly sync of club membership and ring allocations to the national
federation's registry API."""
from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass

import httpx

log = logging.getLogger("federation.sync")


@dataclass
class MemberRecord:
    membership_no: str
    club_code: str
    surname: str
    first_name: str
    loft_postcode: str
    rings: list[str]


class FederationSyncClient:
    def __init__(self, base_url: str | None = None, token: str | None = None):
        self.base_url = (base_url or os.environ["FEDERATION_API_URL"]).rstrip("/")
        token = token or os.environ["FEDERATION_API_TOKEN"]
        self._client = httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
            timeout=30.0,
        )

    def push_members(self, club_code: str, members: list[MemberRecord]) -> dict:
        resp = self._client.put(
            f"/v2/clubs/{club_code}/members",
            json={"members": [asdict(m) for m in members]},
        )
        resp.raise_for_status()
        summary = resp.json()
        log.info("club %s: %s created, %s updated, %s unchanged", club_code,
                 summary.get("created"), summary.get("updated"), summary.get("unchanged"))
        return summary

    def fetch_ring_allocation(self, club_code: str, year: int) -> list[str]:
        resp = self._client.get(f"/v2/clubs/{club_code}/rings", params={"year": year})
        resp.raise_for_status()
        return resp.json()["rings"]

    def close(self) -> None:
        self._client.close()


def run_sync(load_members) -> None:
    client = FederationSyncClient()
    try:
        for club_code, members in load_members():
            client.push_members(club_code, members)
    finally:
        client.close()
