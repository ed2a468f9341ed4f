"""Client for the bank gateway that settles consignor payouts after a sale."""

import logging
from decimal import Decimal

import httpx

log = logging.getLogger(__name__)

DEFAULT_CLIENT_OPTIONS = {
    "timeout": httpx.Timeout(20.0, connect=5.0),
    "verify": False,
    "follow_redirects": False,
    "headers": {"User-Agent": "auctionhouse-payouts/2.3", "Accept": "application/json"},
}


class PayoutGatewayError(RuntimeError):
    pass


class PayoutGatewayClient:
    def __init__(self, base_url: str, api_token: str, **overrides):
        options = {**DEFAULT_CLIENT_OPTIONS, **overrides}
        self._client = httpx.Client(base_url=base_url, **options)
        self._client.headers["Authorization"] = f"Bearer {api_token}"

    def create_payout(self, consignor_ref: str, amount: Decimal, currency: str, statement_id: str) -> str:
        body = {
            "beneficiary": consignor_ref,
            "amount": str(amount.quantize(Decimal("0.01"))),
            "currency": currency,
            "reference": f"SETTLEMENT {statement_id}",
        }
        resp = self._client.post("/v1/payouts", json=body, headers={"Idempotency-Key": statement_id})
        if resp.status_code >= 400:
            raise PayoutGatewayError(f"payout for {statement_id} rejected: {resp.status_code}")
        payout_id = resp.json()["id"]
        log.info("payout %s created for statement %s", payout_id, statement_id)
        return payout_id

    def payout_status(self, payout_id: str) -> str:
        resp = self._client.get(f"/v1/payouts/{payout_id}")
        resp.raise_for_status()
        return resp.json()["status"]

    def close(self):
        self._client.close()
