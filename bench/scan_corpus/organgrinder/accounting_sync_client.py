"""Pushes hire invoices and deposit payments to the accounting package via its OAuth API."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Dict, Optional

import requests

log = logging.getLogger("organgrinder.accounting")


@dataclass(frozen=True)
class AccountingCredentials:
    token_url: str
    api_url: str
    client_id: str
    client_secret: str

    @classmethod
    def from_env(cls) -> "AccountingCredentials":
        return cls(
            token_url=os.environ["ACCOUNTING_TOKEN_URL"],
            api_url=os.environ["ACCOUNTING_API_URL"],
            client_id=os.environ["ACCOUNTING_CLIENT_ID"],
            client_secret=os.environ["ACCOUNTING_CLIENT_SECRET"],
        )


class AccountingClient:
    def __init__(self, creds: AccountingCredentials) -> None:
        self.creds = creds
        self.session = requests.Session()
        self._token: Optional[str] = None
        self._expires_at = 0.0

    def _access_token(self) -> str:
        if self._token and time.time() < self._expires_at - 60:
            return self._token
        resp = self.session.post(
            self.creds.token_url,
            data={"grant_type": "client_credentials", "scope": "invoices payments"},
            auth=(self.creds.client_id, self.creds.client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.time() + int(body.get("expires_in", 1800))
        log.info("obtained accounting token for client %s", self.creds.client_id)
        return self._token

    def _post(self, path: str, payload: Dict[str, Any]) -> Dict[str, Any]:
        resp = self.session.post(
            f"{self.creds.api_url}{path}",
            json=payload,
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()

    def push_invoice(self, number: str, customer: str, lines: list[dict], due: str) -> str:
        payload = {"number": number, "contact": {"name": customer}, "lines": lines, "due_date": due}
        return self._post("/invoices", payload)["invoice_id"]

    def record_deposit(self, invoice_id: str, amount: Decimal, paid_on: str, ref: str) -> str:
        payload = {
            "invoice_id": invoice_id,
            "amount": str(amount),
            "date": paid_on,
            "reference": ref,
            "account_code": "1200",
        }
        return self._post("/payments", payload)["payment_id"]
