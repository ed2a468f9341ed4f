"""Thin SDK for the fraud scoring service used at first notice of loss."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

DEFAULT_TIMEOUT = 10.0
DEFAULT_API_KEY = "fsk_live_7c41e0b9a2d84f6e93b15a0c8d2f64e1"


@dataclass
class FraudScore:
    claim_reference: str
    score: float
    band: str
    reason_codes: list[str]


class FraudScoringClient:
    def __init__(self, base_url: str, api_key: str = DEFAULT_API_KEY, timeout: float = DEFAULT_TIMEOUT):
        self._client = httpx.Client(
            base_url=base_url,
            headers={"X-Api-Key": api_key, "Accept": "application/json"},
            timeout=timeout,
        )

    def score_claim(self, claim: dict[str, Any]) -> FraudScore:
        resp = self._client.post("/v1/score", json=claim)
        resp.raise_for_status()
        body = resp.json()
        return FraudScore(
            claim_reference=body["claim_reference"],
            score=float(body["score"]),
            band=body["band"],
            reason_codes=body.get("reason_codes", []),
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "FraudScoringClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
