"""Identity checks for high-tier prize winners.

Before a prize above the reporting threshold is paid, the winner's identity
documents are checked with the external verification provider and the
result is attached to the claim file.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import httpx

_CLIENT_DEFAULTS: dict[str, Any] = {
    "timeout": httpx.Timeout(15.0, connect=5.0),
    "verify": False,
    "follow_redirects": False,
    "limits": httpx.Limits(max_connections=10),
}


@dataclass
class KycResult:
    claim_id: str
    status: str
    score: float
    reference: str


def build_kyc_client(base_url: str | None = None, **overrides: Any) -> httpx.Client:
    options = {**_CLIENT_DEFAULTS, **overrides}
    return httpx.Client(
        base_url=base_url or os.environ["KYC_PROVIDER_URL"],
        headers={"Authorization": f"Bearer {os.environ['KYC_PROVIDER_TOKEN']}"},
        **options,
    )


class WinnerVerificationService:
    def __init__(self, client: httpx.Client | None = None) -> None:
        self._client = client or build_kyc_client()

    def submit(self, claim_id: str, document_front: bytes, selfie: bytes) -> KycResult:
        response = self._client.post(
            "/v2/checks",
            data={"external_ref": claim_id, "check_type": "document_and_face"},
            files={"document": ("front.jpg", document_front), "selfie": ("selfie.jpg", selfie)},
        )
        response.raise_for_status()
        body = response.json()
        return KycResult(claim_id, body["status"], float(body["score"]), body["id"])

    def fetch(self, reference: str, claim_id: str) -> KycResult:
        response = self._client.get(f"/v2/checks/{reference}")
        response.raise_for_status()
        body = response.json()
        return KycResult(claim_id, body["status"], float(body["score"]), reference)
