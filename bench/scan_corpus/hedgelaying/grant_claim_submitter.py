"""Submits hedgerow laying claims to the paying agency's claims API.

Once a stewardship job is signed off, the office builds a claim with the
metres laid, the capital item code and the evidence references, and this
client posts it. The agency issues a bearer token per registered agent.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("grants.submit")

HEDGE_LAYING_ITEM = "BN11"


@dataclass
class ClaimLine:
    item_code: str
    quantity_m: float
    completed_on: str
    evidence_refs: list[str] = field(default_factory=list)


@dataclass
class Claim:
    agreement_ref: str
    sbi: str
    lines: list[ClaimLine]


class ClaimsApiClient:
    def __init__(self, base_url: str | None = None, token: str | None = None) -> None:
        self.base_url = (base_url or os.environ["CLAIMS_API_URL"]).rstrip("/")
        self.token = token or os.environ["CLAIMS_API_TOKEN"]
        self.session = requests.Session()

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.token}",
            "Accept": "application/json",
            "User-Agent": "hedgeoffice-claims/2.3",
        }

    def submit(self, claim: Claim) -> str:
        url = f"{self.base_url}/agreements/{claim.agreement_ref}/claims"
        payload = {
            "sbi": claim.sbi,
            "lines": [
                {
                    "itemCode": line.item_code,
                    "quantity": round(line.quantity_m, 1),
                    "unit": "m",
                    "completedOn": line.completed_on,
                    "evidence": line.evidence_refs,
                }
                for line in claim.lines
            ],
        }
        headers = self._headers()
        log.debug("POST %s headers=%s", url, headers)
        resp = self.session.post(url, json=payload, headers=headers, timeout=30)
        if resp.status_code >= 400:
            log.error("claim for %s rejected: %s %s", claim.agreement_ref,
                      resp.status_code, resp.text[:500])
            resp.raise_for_status()
        claim_id = resp.json()["claimId"]
        log.info("submitted claim %s for agreement %s", claim_id, claim.agreement_ref)
        return claim_id
