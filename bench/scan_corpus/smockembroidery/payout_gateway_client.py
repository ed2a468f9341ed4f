"""Client for the payment provider's payouts API.

Each week the studio pays makers their share of marketplace sales.  This
client creates payout transfers and polls their status.
"""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass

import requests

log = logging.getLogger("smockstudio.payouts")


@dataclass(frozen=True)
class PayoutRequest:
    maker_id: int
    amount_pence: int
    currency: str
    destination_account: str
    reference: str


class PayoutGatewayError(RuntimeError):
    pass


class PayoutGatewayClient:
    def __init__(self, base_url: str, api_token: str, timeout: float = 20.0) -> None:
        self._base_url = base_url.rstrip("/")
        self._api_token = api_token
        self._timeout = timeout
        self._http = requests.Session()

    @classmethod
    def from_env(cls) -> "PayoutGatewayClient":
        return cls(os.environ["PAYOUTS_API_URL"], os.environ["PAYOUTS_API_TOKEN"])

    def _headers(self, idempotency_key: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._api_token}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/json",
        }

    def create_transfer(self, payout: PayoutRequest) -> str:
        idempotency_key = str(uuid.uuid4())
        headers = self._headers(idempotency_key)
        body = {
            "amount": payout.amount_pence,
            "currency": payout.currency,
            "destination": payout.destination_account,
            "reference": payout.reference,
            "metadata": {"maker_id": payout.maker_id},
        }
        log.debug("POST %s/transfers headers=%s body=%s", self._base_url, headers, body)
        resp = self._http.post(
            f"{self._base_url}/transfers", json=body, headers=headers, timeout=self._timeout
        )
        if resp.status_code >= 400:
            raise PayoutGatewayError(f"transfer for maker {payout.maker_id} failed: {resp.status_code}")
        transfer_id = resp.json()["id"]
        log.info("created transfer %s for maker %s", transfer_id, payout.maker_id)
        return transfer_id

    def transfer_status(self, transfer_id: str) -> str:
        resp = self._http.get(
            f"{self._base_url}/transfers/{transfer_id}",
            headers=self._headers(str(uuid.uuid4())),
            timeout=self._timeout,
        )
        resp.raise_for_status()
        return resp.json()["status"]
