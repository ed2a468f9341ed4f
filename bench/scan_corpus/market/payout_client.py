"""HTTP client for the payouts provider used to release escrow funds to sellers."""
import logging
import uuid

import httpx

log = logging.getLogger("marketplace.payouts")


class PayoutClient:
    def __init__(self, base_url: str, api_key: str, account_id: str):
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.account_id = account_id
        self._http = httpx.Client(timeout=20.0)

    def _headers(self) -> dict:
        return {
            "Authorization": f"Bearer {self.api_key}",
            "Idempotency-Key": str(uuid.uuid4()),
        }

    def release(self, escrow_id: str, seller_account: str, amount_cents: int, currency: str) -> dict:
        headers = self._headers()
        log.debug("POST %s/payouts headers=%s escrow=%s", self.base_url, headers, escrow_id)
        resp = self._http.post(
            f"{self.base_url}/payouts",
            headers=headers,
            json={
                "source_account": self.account_id,
                "destination": seller_account,
                "amount": amount_cents,
                "currency": currency,
                "reference": escrow_id,
            },
        )
        resp.raise_for_status()
        body = resp.json()
        log.info("payout %s created for escrow %s", body["id"], escrow_id)
        return body
