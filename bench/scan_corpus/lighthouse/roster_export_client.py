"""Push the weekly keeper roster to the coastguard liaison API."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import date

import httpx

logger = logging.getLogger("lighthouse.roster_export")


@dataclass(frozen=True)
class LiaisonEndpoint:
    url: str
    station_group: str
    api_token: str = field(repr=False)
    connect_timeout: float = 5.0


@dataclass
class RosterEntry:
    keeper_name: str
    station_code: str
    shift_date: date
    role: str = "principal"

    def as_json(self) -> dict:
        return {
            "keeper": self.keeper_name,
            "station": self.station_code,
            "date": self.shift_date.isoformat(),
            "role": self.role,
        }


def load_endpoint() -> LiaisonEndpoint:
    return LiaisonEndpoint(
        url=os.environ["LIAISON_API_URL"],
        station_group=os.environ.get("LIAISON_GROUP", "north-coast"),
        api_token=os.environ["LIAISON_API_TOKEN"],
    )


def export_roster(entries: list[RosterEntry], endpoint: LiaisonEndpoint) -> int:
    logger.info("exporting %d roster entries via %r", len(entries), endpoint)
    timeout = httpx.Timeout(30.0, connect=endpoint.connect_timeout)
    with httpx.Client(timeout=timeout) as client:
        resp = client.put(
            f"{endpoint.url}/groups/{endpoint.station_group}/roster",
            json=[e.as_json() for e in entries],
            headers={"Authorization": f"Token {endpoint.api_token}"},
        )
    if resp.status_code >= 400:
        logger.error("liaison API returned %s: %s", resp.status_code, resp.text[:200])
        resp.raise_for_status()
    accepted = resp.json().get("accepted", 0)
    logger.info("liaison API accepted %d entries", accepted)
    return accepted
