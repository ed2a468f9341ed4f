"""Nightly job that pays beekeepers for accepted honey deliveries.

Accepted drums (moisture and HMF within spec) are summed per supplier and a
payment batch is submitted to the bank's business API.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("honeypacker.payments")


@dataclass
class PayoutLine:
    supplier_code: str
    iban: str
    amount: Decimal
    reference: str


class BankClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret
        self.session = requests.Session()

    def authenticate(self) -> None:
        resp = self.session.post(
            f"{self.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self.client_id, self.client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        token = resp.json()["access_token"]
        log.debug("bank session established for client %s with token %s", self.client_id, token)
        self.session.headers["Authorization"] = f"Bearer {token}"

    def submit_batch(self, lines: list[PayoutLine]) -> str:
        payload = {
            "currency": "EUR",
            "payments": [
                {"iban": l.iban, "amount": str(l.amount), "reference": l.reference} for l in lines
            ],
        }
        resp = self.session.post(f"{self.base_url}/v2/payment-batches", json=payload, timeout=30)
        resp.raise_for_status()
        return resp.json()["batch_id"]


def run(payouts: list[PayoutLine]) -> str | None:
    if not payouts:
        log.info("no accepted deliveries to pay")
        return None
    client = BankClient(
        os.environ["BANK_API_URL"],
        os.environ["BANK_CLIENT_ID"],
        os.environ["BANK_CLIENT_SECRET"],
    )
    client.authenticate()
    batch_id = client.submit_batch(payouts)
    total = sum((p.amount for p in payouts), Decimal("0"))
    log.info("submitted payment batch %s: %d suppliers, total %s EUR", batch_id, len(payouts), total)
    return batch_id
