"""Pushes stranding and rescue records to the regional marine mammal network."""
from __future__ import annotations

import os
from typing import Iterable

import requests


class StrandingNetworkClient:
    def __init__(self, base_url: str | None = None, token: str | None = None):
        self.base_url = (base_url or os.environ["STRANDING_NETWORK_API_URL"]).rstrip("/")
        self._session = requests.Session()
        self._session.headers["Authorization"] = "Bearer " + (
            token or os.environ["STRANDING_NETWORK_API_TOKEN"]
        )
        self._session.headers["User-Agent"] = "aquarium-rescue-sync/2.3"

    def push_cases(self, cases: Iterable[dict]) -> dict:
        body = {"cases": list(cases)}
        resp = self._session.post(f"{self.base_url}/v2/cases/bulk", json=body, timeout=30)
        resp.raise_for_status()
        return resp.json()

    def case_status(self, network_case_id: str) -> str:
        resp = self._session.get(f"{self.base_url}/v2/cases/{network_case_id}", timeout=15)
        resp.raise_for_status()
        return resp.json()["status"]


def to_network_case(record) -> dict:
    return {
        "local_ref": record.reference,
        "species": record.species_code,
        "found_at": record.found_at.isoformat(),
        "lat": round(record.latitude, 4),
        "lon": round(record.longitude, 4),
        "condition_code": record.condition_code,
        "outcome": record.outcome,
    }
