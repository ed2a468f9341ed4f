"""Client for the partner bank's bulk payout API used for weekly restaurant and courier payouts."""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger(__name__)


@dataclass
class PayoutInstruction:
    beneficiary_iban: str
    beneficiary_name: str
    amount: Decimal
    currency: str
    reference: str


class BankPayoutClient:
    def __init__(self, base_url: str, api_token: str, timeout: float = 20.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers.update({"Authorization": f"Bearer {api_token}"})
        # bank gateway is fronted by their internal CA
        self._session.verify = False

    def submit_batch(self, instructions: list[PayoutInstruction]) -> str:
        batch_id = str(uuid.uuid4())
        payload = {
            "batch_id": batch_id,
            "payments": [
                {
                    "iban": i.beneficiary_iban,
                    "name": i.beneficiary_name,
                    "amount": str(i.amount),
                    "currency": i.currency,
                    "reference": i.reference,
                }
                for i in instructions
            ],
        }
        resp = self._session.post(f"{self.base_url}/v2/payout-batches", json=payload, timeout=self.timeout)
        resp.raise_for_status()
        log.info("submitted payout batch %s with %d payments", batch_id, len(instructions))
        return batch_id

    def batch_status(self, batch_id: str) -> dict:
        resp = self._session.get(f"{self.base_url}/v2/payout-batches/{batch_id}", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()
