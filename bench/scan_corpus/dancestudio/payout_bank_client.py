"""Client for the bank's batch-payment API used for monthly instructor payouts."""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Dict, List

import httpx


@dataclass
class PayoutLine:
    instructor_id: str
    iban: str
    amount: Decimal
    reference: str


class BankApiSettings:
    base_url = os.environ["PAYOUT_BANK_URL"]
    timeout_s = 30.0

    @classmethod
    def transport_options(cls) -> Dict[str, Any]:
        return {
            "base_url": cls.base_url,
            "timeout": httpx.Timeout(cls.timeout_s),
            "verify": False,
            "http2": True,
        }


class PayoutBankClient:
    def __init__(self, client_id: str, client_secret: str, settings: type[BankApiSettings] = BankApiSettings) -> None:
        self._settings = settings
        self._auth = (client_id, client_secret)
        self._client = httpx.Client(**settings.transport_options())

    def _token(self) -> str:
        resp = self._client.post("/oauth/token", data={"grant_type": "client_credentials"}, auth=self._auth)
        resp.raise_for_status()
        return resp.json()["access_token"]

    def submit_batch(self, period: str, lines: List[PayoutLine]) -> str:
        payload = {
            "batch_reference": f"INSTR-{period}",
            "currency": "EUR",
            "transfers": [
                {
                    "creditor_iban": line.iban,
                    "amount": str(line.amount.quantize(Decimal("0.01"))),
                    "remittance": line.reference,
                    "end_to_end_id": f"{period}-{line.instructor_id}",
                }
                for line in lines
            ],
        }
        resp = self._client.post(
            "/batches", json=payload, headers={"Authorization": f"Bearer {self._token()}"}
        )
        resp.raise_for_status()
        return resp.json()["batch_id"]

    def batch_status(self, batch_id: str) -> str:
        resp = self._client.get(f"/batches/{batch_id}", headers={"Authorization": f"Bearer {self._token()}"})
        resp.raise_for_status()
        return resp.json()["status"]

    def close(self) -> None:
        self._client.close()
