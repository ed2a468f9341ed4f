"""Push rent receipts from the client-money ledger into the accounting system.

Runs hourly. Uses OAuth2 client credentials; tokens are cached in memory
until shortly before they expire.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("ledger.sync")


@dataclass
class Receipt:
    tenancy_ref: str
    amount: Decimal
    received_on: str


class LedgerApi:
    def __init__(self, api_base: str, token_url: str):
        self.api_base = api_base.rstrip("/")
        self.token_url = token_url
        self._token: str | None = None
        self._expires_at = 0.0
        self._http = requests.Session()

    def _ensure_token(self) -> str:
        if self._token and time.time() < self._expires_at:
            return self._token
        client_id = os.environ["LEDGER_CLIENT_ID"]
        resp = self._http.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": "accounting.transactions"},
            auth=(client_id, os.environ["LEDGER_CLIENT_SECRET"]),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        expires_in = int(body.get("expires_in", 1800))
        self._expires_at = time.time() + expires_in - 60
        log.info("obtained ledger token for client %s, expires in %ss", client_id, expires_in)
        return self._token

    def push_receipt(self, receipt: Receipt) -> None:
        resp = self._http.post(
            f"{self.api_base}/receipts",
            json={"reference": receipt.tenancy_ref, "amount": str(receipt.amount), "date": receipt.received_on},
            headers={"Authorization": f"Bearer {self._ensure_token()}"},
            timeout=30,
        )
        if resp.status_code == 401:
            log.warning("ledger rejected token, refreshing once")
            self._token = None
            resp = self._http.post(
                f"{self.api_base}/receipts",
                json={"reference": receipt.tenancy_ref, "amount": str(receipt.amount), "date": receipt.received_on},
                headers={"Authorization": f"Bearer {self._ensure_token()}"},
                timeout=30,
            )
        resp.raise_for_status()
        log.info("pushed receipt %s %s", receipt.tenancy_ref, receipt.amount)


def sync(api: LedgerApi, receipts: list[Receipt]) -> int:
    for receipt in receipts:
        api.push_receipt(receipt)
    return len(receipts)
