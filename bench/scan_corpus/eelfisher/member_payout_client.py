"""Client for the bank's bulk payout API.

After each landing week the co-operative pays members for their eels,
minus levies and smokehouse fees. Payout batches are submitted to the
bank's payout API using an OAuth client-credentials token.
"""

import logging
import os
from dataclasses import dataclass, field
from decimal import Decimal

import httpx

log = logging.getLogger("payouts.bank")


@dataclass
class PayoutLine:
    member_no: str
    iban: str
    amount: Decimal
    reference: str


@dataclass
class BankSettings:
    base_url: str = field(default_factory=lambda: os.environ["BANK_API_URL"])
    client_id: str = field(default_factory=lambda: os.environ["BANK_CLIENT_ID"])
    client_secret: str = field(default_factory=lambda: os.environ["BANK_CLIENT_SECRET"])


class PayoutClient:
    def __init__(self, settings: BankSettings | None = None):
        self.settings = settings or BankSettings()
        self.http = httpx.Client(base_url=self.settings.base_url, timeout=30.0)

    def _token(self) -> str:
        resp = self.http.post(
            "/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self.settings.client_id, self.settings.client_secret),
        )
        resp.raise_for_status()
        return resp.json()["access_token"]

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._token()}",
            "Content-Type": "application/json",
            "Idempotency-Key": os.urandom(16).hex(),
        }

    def submit_batch(self, batch_ref: str, lines: list[PayoutLine]) -> str:
        headers = self._headers()
        body = {
            "batch_reference": batch_ref,
            "payments": [
                {"creditor_iban": l.iban, "amount": str(l.amount), "remittance": l.reference}
                for l in lines
            ],
        }
        log.debug("POST /payouts/batches ref=%s headers=%s", batch_ref, headers)
        resp = self.http.post("/payouts/batches", json=body, headers=headers)
        resp.raise_for_status()
        batch_id = resp.json()["id"]
        log.info("payout batch %s accepted as %s (%d lines)", batch_ref, batch_id, len(lines))
        return batch_id
