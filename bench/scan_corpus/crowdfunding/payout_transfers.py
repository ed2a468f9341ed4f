"""Creates transfers to creators' bank accounts through the payout provider."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class TransferRequest:
    creator_id: int
    recipient_id: str
    amount_minor: int
    currency: str
    reference: str


class PayoutProvider:
    def __init__(self, base_url: str | None = None, token: str | None = None):
        self._client = httpx.Client(
            base_url=base_url or os.environ["PAYOUT_PROVIDER_URL"],
            headers={"Authorization": f"Bearer {token or os.environ['PAYOUT_PROVIDER_TOKEN']}"},
            timeout=httpx.Timeout(20.0, connect=5.0),
        )

    def create_transfer(self, req: TransferRequest) -> str:
        resp = self._client.post(
            "/v1/transfers",
            json={
                "targetAccount": req.recipient_id,
                "sourceAmount": req.amount_minor,
                "sourceCurrency": req.currency,
                "reference": req.reference,
                "customerTransactionId": str(uuid.uuid4()),
            },
        )
        resp.raise_for_status()
        return resp.json()["id"]

    def close(self) -> None:
        self._client.close()
