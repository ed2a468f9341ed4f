"""Client for the paying agency's claims API.

Submits signed-off hedgerow laying and gapping-up work as capital claims.
Requests are logged for the office audit trail with the bearer token
masked.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("grants.client")


def mask(secret: str, visible: int = 4) -> str:
    if len(secret) <= visible:
        return "*" * len(secret)
    return "*" * (len(secret) - visible) + secret[-visible:]


@dataclass
class CapitalItem:
    code: str
    quantity: float
    unit: str = "m"
    evidence: list[str] = field(default_factory=list)


class GrantClaimClient:
    def __init__(self) -> None:
        self.base_url = os.environ["CLAIMS_API_URL"].rstrip("/")
        self._token = os.environ["CLAIMS_API_TOKEN"]
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}
        )

    def submit(self, agreement_ref: str, sbi: str, items: list[CapitalItem]) -> str:
        url = f"{self.base_url}/agreements/{agreement_ref}/claims"
        body = {
            "sbi": sbi,
            "items": [
                {"code": i.code, "quantity": i.quantity, "unit": i.unit, "evidence": i.evidence}
                for i in items
            ],
        }
        log.debug("POST %s (%d items, token %s)", url, len(items), mask(self._token))
        resp = self.session.post(url, json=body, timeout=30)
        if not resp.ok:
            log.error("claim for agreement %s failed with HTTP %s", agreement_ref, resp.status_code)
            resp.raise_for_status()
        claim_id = resp.json()["claimId"]
        log.info("claim %s submitted for agreement %s", claim_id, agreement_ref)
        return claim_id

    def status(self, agreement_ref: str, claim_id: str) -> str:
        resp = self.session.get(
            f"{self.base_url}/agreements/{agreement_ref}/claims/{claim_id}", timeout=30
        )
        resp.raise_for_status()
        return resp.json()["status"]
