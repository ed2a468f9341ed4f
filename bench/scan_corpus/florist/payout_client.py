"""Client for weekly payouts to partner shops via the banking partner."""
import logging
import os

import requests

log = logging.getLogger("payouts")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def _redacted(headers: dict) -> dict:
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class PayoutClient:
    def __init__(self):
        self.base_url = os.environ["PAYOUT_API_URL"]
        self._token = os.environ["PAYOUT_API_TOKEN"]
        self.session = requests.Session()

    def _headers(self) -> dict:
        return {"Authorization": f"Bearer {self._token}", "Content-Type": "application/json"}

    def send_payout(self, shop_iban_ref: str, amount_cents: int, reference: str) -> str:
        url = f"{self.base_url}/payouts"
        headers = self._headers()
        log.debug("POST %s headers=%s", url, _redacted(headers))
        resp = self.session.post(
            url,
            json={"beneficiary": shop_iban_ref, "amount": amount_cents, "reference": reference},
            headers=headers,
            timeout=30,
        )
        resp.raise_for_status()
        payout_id = resp.json()["id"]
        log.info("payout %s created for %s (%d cents)", payout_id, reference, amount_cents)
        return payout_id
