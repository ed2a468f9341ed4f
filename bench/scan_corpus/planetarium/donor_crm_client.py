"""Client for the donor CRM's REST API (donors, gifts, Gift Aid declarations)."""
import logging
import os
from decimal import Decimal

import requests

log = logging.getLogger("fundraising.crm")


class DonorCRMClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 10.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {api_key}", "Accept": "application/json"}
        )
        log.debug("DonorCRMClient ready base_url=%s api_key=%s", self.base_url, api_key)

    @classmethod
    def from_env(cls) -> "DonorCRMClient":
        return cls(os.environ["DONOR_CRM_URL"], os.environ["DONOR_CRM_API_KEY"])

    def _get(self, path: str, **params) -> dict:
        resp = self.session.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def get_donor(self, donor_id: str) -> dict:
        return self._get(f"/donors/{donor_id}")

    def search_donors(self, email: str) -> list[dict]:
        return self._get("/donors", email=email)["results"]

    def record_gift(self, donor_id: str, amount: Decimal, campaign: str, gift_aid: bool) -> str:
        resp = self.session.post(
            f"{self.base_url}/donors/{donor_id}/gifts",
            json={"amount": str(amount), "campaign": campaign, "gift_aid": gift_aid},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        gift_id = resp.json()["id"]
        log.info("recorded gift %s for donor %s (%s)", gift_id, donor_id, campaign)
        return gift_id
