"""Client for the payout provider used to pay designer royalties."""

from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

import httpx

logger = logging.getLogger(__name__)

_CLIENT_OPTIONS = {
    "timeout": httpx.Timeout(20.0, connect=5.0),
    "verify": False,
    "follow_redirects": False,
}


@dataclass
class RoyaltyPayout:
    designer_id: int
    recipient_account: str
    amount: Decimal
    currency: str
    period: str


class PayoutClient:
    def __init__(self, base_url: str | None = None, api_token: str | None = None) -> None:
        self.base_url = base_url or os.environ["PAYOUT_API_URL"]
        token = api_token or os.environ["PAYOUT_API_TOKEN"]
        self._client = httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
            **_CLIENT_OPTIONS,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "PayoutClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def send(self, payout: RoyaltyPayout) -> str:
        body = {
            "recipient": payout.recipient_account,
            "amount": str(payout.amount.quantize(Decimal("0.01"))),
            "currency": payout.currency,
            "reference": f"Royalties {payout.period}",
        }
        response = self._client.post(
            "/v1/payouts",
            json=body,
            headers={"Idempotency-Key": str(uuid.uuid4())},
        )
        response.raise_for_status()
        payout_id = response.json()["id"]
        logger.info(
            "payout %s queued for designer %s (%s %s)",
            payout_id, payout.designer_id, body["amount"], payout.currency,
        )
        return payout_id

    def status(self, payout_id: str) -> str:
        response = self._client.get(f"/v1/payouts/{payout_id}")
        response.raise_for_status()
        return response.json()["status"]


def run_period(payouts: Iterable[RoyaltyPayout]) -> list[str]:
    ids = []
    with PayoutClient() as client:
        for payout in payouts:
            if payout.amount <= 0:
                continue
            ids.append(client.send(payout))
    return ids
