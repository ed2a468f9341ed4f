"""Client for the payouts provider."""
import logging
import os
from decimal import Decimal

import requests

log = logging.getLogger(__name__)


def _mask(secret: str) -> str:
    return f"...{secret[-4:]}" if len(secret) > 8 else "***"


class PayoutsClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None) -> None:
        self.base_url = (base_url or os.environ["PAYOUTS_API_URL"]).rstrip("/")
        self._api_key = api_key or os.environ["PAYOUTS_API_KEY"]
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {self._api_key}"
        log.info("payouts client ready for %s (key %s)", self.base_url, _mask(self._api_key))

    def create_payout(self, account_id: str, amount: Decimal, currency: str, reference: str) -> dict:
        body = {"account": account_id, "amount": str(amount), "currency": currency, "reference": reference}
        resp = self.session.post(f"{self.base_url}/v2/payouts", json=body, timeout=20)
        log.debug("payout %s -> HTTP %s", reference, resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def payout_status(self, payout_id: str) -> str:
        resp = self.session.get(f"{self.base_url}/v2/payouts/{payout_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()["status"]
