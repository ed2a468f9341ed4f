"""Submit equipment loan claims to the local council disabled facilities grant portal."""
import logging
from dataclasses import asdict, dataclass
from decimal import Decimal

import requests

from wheelchairhire.config import settings

log = logging.getLogger(__name__)


@dataclass
class GrantClaim:
    council_ref: str
    customer_name: str
    postcode: str
    equipment: str
    weeks: int
    amount: Decimal


class GrantPortalClient:
    def __init__(self, base_url: str = settings.GRANT_PORTAL_URL) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.verify = False
        self.session.auth = (settings.GRANT_PORTAL_USER, settings.GRANT_PORTAL_PASSWORD)

    def submit(self, claim: GrantClaim) -> str:
        body = asdict(claim)
        body["amount"] = str(claim.amount)
        resp = self.session.post(f"{self.base_url}/api/claims", json=body, timeout=30)
        resp.raise_for_status()
        claim_id = resp.json()["claimId"]
        log.info("Submitted grant claim %s for council ref %s", claim_id, claim.council_ref)
        return claim_id

    def status(self, claim_id: str) -> str:
        resp = self.session.get(f"{self.base_url}/api/claims/{claim_id}", timeout=30)
        resp.raise_for_status()
        return resp.json()["status"]

    def pending_payments(self) -> list[dict]:
        resp = self.session.get(f"{self.base_url}/api/remittances", params={"state": "pending"}, timeout=30)
        resp.raise_for_status()
        return resp.json()["items"]
