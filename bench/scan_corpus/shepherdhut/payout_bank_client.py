"""Client for the open-banking provider used to send owner payouts."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from decimal import Decimal

import httpx

log = logging.getLogger("shepherdhut.payouts.bank")


class PayoutError(RuntimeError):
    pass


@dataclass
class BankCredentials:
    client_id: str
    client_secret: str
    token_url: str
    api_url: str


@dataclass
class PayoutBankClient:
    creds: BankCredentials
    _token: str | None = field(default=None, init=False)
    _token_expiry: float = field(default=0.0, init=False)

    def _fetch_token(self) -> str:
        resp = httpx.post(
            self.creds.token_url,
            data={"grant_type": "client_credentials", "scope": "payments"},
            auth=(self.creds.client_id, self.creds.client_secret),
            timeout=20.0,
        )
        if resp.status_code != 200:
            raise PayoutError(f"token refused ({resp.status_code}) for {self.creds.client_id}:{self.creds.client_secret}")
        body = resp.json()
        self._token_expiry = time.time() + int(body.get("expires_in", 300)) - 30
        return body["access_token"]

    @property
    def token(self) -> str:
        if self._token is None or time.time() >= self._token_expiry:
            self._token = self._fetch_token()
        return self._token

    def send_payout(self, owner_name: str, sort_code: str, account_number: str, amount: Decimal, ref: str) -> str:
        resp = httpx.post(
            f"{self.creds.api_url}/payments",
            headers={"Authorization": f"Bearer {self.token}", "Idempotency-Key": ref},
            json={
                "amount": {"value": str(amount.quantize(Decimal("0.01"))), "currency": "GBP"},
                "beneficiary": {
                    "name": owner_name,
                    "sort_code": sort_code,
                    "account_number": account_number,
                },
                "reference": ref[:18],
            },
            timeout=30.0,
        )
        if resp.status_code >= 400:
            raise PayoutError(f"payout {ref} rejected: {resp.status_code} {resp.text[:200]}")
        payment_id = resp.json()["id"]
        log.info("payout %s submitted as %s (%s GBP)", ref, payment_id, amount)
        return payment_id
