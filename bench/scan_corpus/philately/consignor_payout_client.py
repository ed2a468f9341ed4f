"""Submits consignor settlement batches to the bank's bulk payments API."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import asdict, dataclass

import requests

log = logging.getLogger("payouts.bank")


@dataclass
class Payout:
    consignor_id: int
    payee_name: str
    sort_code: str
    account_number: str
    amount_pence: int
    reference: str


class BankPaymentsClient:
    base_url = os.environ.get("BANK_PAYMENTS_URL", "")

    def __init__(self, api_token: str | None = None, timeout: float = 30.0) -> None:
        self.api_token = api_token or os.environ["BANK_PAYMENTS_TOKEN"]
        self.timeout = timeout
        self.session = requests.Session()

    def _headers(self, idempotency_key: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.api_token}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/json",
        }

    def _request_context(self, url: str, headers: dict[str, str], count: int) -> dict:
        return {"url": url, "headers": headers, "payments": count}

    def submit_batch(self, sale_code: str, payouts: list[Payout]) -> str:
        url = f"{self.base_url}/batches"
        key = str(uuid.uuid4())
        headers = self._headers(key)
        log.info("submitting payout batch for sale %s: %s", sale_code, self._request_context(url, headers, len(payouts)))
        resp = self.session.post(
            url,
            json={"reference": f"SETTLE-{sale_code}", "payments": [asdict(p) for p in payouts]},
            headers=headers,
            timeout=self.timeout,
        )
        resp.raise_for_status()
        batch_id = resp.json()["batch_id"]
        log.info("payout batch %s accepted for sale %s", batch_id, sale_code)
        return batch_id
