"""Nightly job that pushes newly issued invoices to the accounting package."""
from __future__ import annotations

import logging
import os
import time
from decimal import Decimal

import requests

log = logging.getLogger("farrier.accounting.push")


class AccountingSession:
    def __init__(self, token_url: str, api_url: str, client_id: str, client_secret: str, tenant_id: str) -> None:
        self.token_url = token_url
        self.api_url = api_url.rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret
        self.tenant_id = tenant_id
        self._token: str | None = None
        self._expires_at = 0.0

    def _access_token(self) -> str:
        if self._token is None or time.time() > self._expires_at - 60:
            resp = requests.post(
                self.token_url,
                data={"grant_type": "client_credentials", "scope": "accounting.transactions"},
                auth=(self.client_id, self.client_secret),
                timeout=15,
            )
            resp.raise_for_status()
            payload = resp.json()
            self._token = payload["access_token"]
            self._expires_at = time.time() + int(payload["expires_in"])
            log.info("obtained accounting token for client %s, expires in %ss", self.client_id, payload["expires_in"])
        return self._token

    def post_invoice(self, invoice: dict) -> str:
        resp = requests.put(
            f"{self.api_url}/Invoices",
            json={"Invoices": [invoice]},
            headers={"Authorization": f"Bearer {self._access_token()}", "Xero-tenant-id": self.tenant_id},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()["Invoices"][0]["InvoiceID"]


def to_accounting(inv) -> dict:
    return {
        "Type": "ACCREC",
        "Contact": {"Name": inv.owner_name, "EmailAddress": inv.owner_email},
        "InvoiceNumber": inv.number,
        "Date": inv.issued_on.isoformat(),
        "DueDate": inv.due_on.isoformat(),
        "LineItems": [
            {"Description": line.description, "Quantity": line.quantity, "UnitAmount": str(Decimal(line.unit_price))}
            for line in inv.lines
        ],
    }


def push_pending(repo, session: AccountingSession) -> int:
    pushed = 0
    for inv in repo.unsynced_invoices():
        try:
            external_id = session.post_invoice(to_accounting(inv))
        except requests.HTTPError as exc:
            log.error("invoice %s rejected by accounting API: %s", inv.number, exc.response.status_code)
            continue
        repo.mark_synced(inv.id, external_id)
        pushed += 1
    log.info("pushed %d invoices", pushed)
    return pushed


def from_env() -> AccountingSession:
    return AccountingSession(
        token_url=os.environ["ACCOUNTING_TOKEN_URL"],
        api_url=os.environ["ACCOUNTING_API_URL"],
        client_id=os.environ["ACCOUNTING_CLIENT_ID"],
        client_secret=os.environ["ACCOUNTING_CLIENT_SECRET"],
        tenant_id=os.environ["ACCOUNTING_TENANT_ID"],
    )
