"""Bank API client that pays beekeepers for accepted honey deliveries."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("honeypacker.payments")


@dataclass
class Payout:
    supplier_code: str
    iban: str
    amount: Decimal
    reference: str


class BankGateway:
    def __init__(self, base_url: str, client_id: str, client_secret: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self._client_secret = client_secret
        self.session = requests.Session()

    def authenticate(self) -> None:
        resp = self.session.post(
            f"{self.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self.client_id, self._client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        payload = resp.json()
        self.session.headers["Authorization"] = f"Bearer {payload['access_token']}"
        log.info("bank session established for client %s (expires in %ss)", self.client_id, payload.get("expires_in"))

    def submit(self, payouts: list[Payout]) -> str:
        body = {
            "currency": "EUR",
            "payments": [{"iban": p.iban, "amount": str(p.amount), "reference": p.reference} for p in payouts],
        }
        resp = self.session.post(f"{self.base_url}/v2/payment-batches", json=body, timeout=30)
        if resp.status_code == 401:
            log.error("bank rejected credentials for client %s; check BANK_CLIENT_SECRET", self.client_id)
        resp.raise_for_status()
        return resp.json()["batch_id"]


def pay_suppliers(payouts: list[Payout]) -> str | None:
    if not payouts:
        return None
    gateway = BankGateway(
        os.environ["BANK_API_URL"],
        os.environ["BANK_CLIENT_ID"],
        os.environ["BANK_CLIENT_SECRET"],
    )
    gateway.authenticate()
    batch_id = gateway.submit(payouts)
    log.info("payment batch %s submitted for %d suppliers", batch_id, len(payouts))
    return batch_id
