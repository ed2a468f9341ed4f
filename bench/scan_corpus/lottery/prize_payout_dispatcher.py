"""Dispatch approved prize payouts to the disbursement bank.

Claims approved by the claims centre are queued; this worker turns each
into a credit transfer instruction at the bank's payments API.
"""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass

import httpx

log = logging.getLogger("claims.payout")


@dataclass(frozen=True)
class ApprovedPayout:
    claim_id: str
    beneficiary_name: str
    iban: str
    amount_cents: int


@dataclass(frozen=True)
class BankCredentials:
    client_id: str
    api_token: str

    @classmethod
    def from_env(cls) -> "BankCredentials":
        return cls(os.environ["PAYOUT_BANK_CLIENT_ID"], os.environ["PAYOUT_BANK_TOKEN"])


def _request_headers(creds: BankCredentials, idempotency_key: str) -> dict[str, str]:
    return {
        "Authorization": f"Bearer {creds.api_token}",
        "X-Client-Id": creds.client_id,
        "Idempotency-Key": idempotency_key,
    }


class PayoutDispatcher:
    def __init__(self, creds: BankCredentials | None = None, base_url: str | None = None) -> None:
        self._creds = creds or BankCredentials.from_env()
        self._client = httpx.Client(base_url=base_url or os.environ["PAYOUT_BANK_URL"], timeout=30)

    def dispatch(self, payout: ApprovedPayout) -> str:
        headers = _request_headers(self._creds, str(uuid.uuid4()))
        log.info("submitting transfer claim=%s amount=%d headers=%s",
                 payout.claim_id, payout.amount_cents, headers)
        response = self._client.post(
            "/payments/credit-transfers",
            headers=headers,
            json={
                "end_to_end_id": payout.claim_id,
                "creditor": {"name": payout.beneficiary_name, "iban": payout.iban},
                "amount": {"value": payout.amount_cents, "currency": "EUR"},
            },
        )
        response.raise_for_status()
        transfer_id = response.json()["transfer_id"]
        log.info("transfer accepted claim=%s transfer=%s", payout.claim_id, transfer_id)
        return transfer_id
