"""Thin SDK for the fraud scoring service used by the claims triage queue."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import httpx

DEFAULT_TIMEOUT = 10.0
API_KEY_ENV = "FRAUDSCORE_API_KEY"
API_KEY_HEADER = "X-Api-Key"


@dataclass
class TriageScore:
    claim_reference: str
    score: float
    band: str


class FraudScoringSdk:
    def __init__(self, base_url: str, api_key: str | None = None, timeout: float = DEFAULT_TIMEOUT):
        api_key = api_key or os.environ.get(API_KEY_ENV)
        if not api_key:
            raise RuntimeError(f"{API_KEY_ENV} is not set")
        self._client = httpx.Client(
            base_url=base_url,
            headers={API_KEY_HEADER: api_key, "Accept": "application/json"},
            timeout=timeout,
        )

    def score(self, claim: dict[str, Any]) -> TriageScore:
        resp = self._client.post("/v1/score", json=claim)
        resp.raise_for_status()
        body = resp.json()
        return TriageScore(body["claim_reference"], float(body["score"]), body["band"])

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "FraudScoringSdk":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
