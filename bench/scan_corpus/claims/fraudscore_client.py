"""SDK-style client for the FraudScore claims screening API.

Submits a claim summary at first notice of loss and returns the vendor's risk
score and reason codes.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import requests


@dataclass
class ScreeningResult:
    score: float
    band: str
    reasons: list[str] = field(default_factory=list)


class FraudScoreClient:
    def __init__(
        self,
        base_url: str | None = None,
        api_key: str = os.environ.get("FRAUDSCORE_API_KEY", "fsk_live_7Qe2mB9xTzR4vLk8NwP3sHd6"),
        timeout: float = 10.0,
    ) -> None:
        self._base = (base_url or os.environ["FRAUDSCORE_BASE_URL"]).rstrip("/")
        self._session = requests.Session()
        self._session.headers.update({"X-Api-Key": api_key, "Content-Type": "application/json"})
        self._timeout = timeout

    def screen(self, claim: dict) -> ScreeningResult:
        payload = {
            "reference": claim["claim_number"],
            "lineOfBusiness": claim.get("line", "MOTOR"),
            "lossDate": claim["loss_date"],
            "reportedDate": claim["reported_date"],
            "claimedAmount": claim.get("claimed_amount"),
            "policyInceptionDate": claim.get("policy_inception"),
            "postcode": claim.get("loss_postcode"),
        }
        resp = self._session.post(f"{self._base}/v3/screenings", json=payload, timeout=self._timeout)
        resp.raise_for_status()
        body = resp.json()
        return ScreeningResult(score=body["score"], band=body["band"], reasons=body.get("reasonCodes", []))

    def close(self) -> None:
        self._session.close()
