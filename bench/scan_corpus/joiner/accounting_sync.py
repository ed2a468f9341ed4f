"""Nightly sync of approved quotes and deposits into the accounting package.

Uses the accounting provider's OAuth2 API; the refresh token is rotated on
every use and written back to the token file.
"""
import json
import logging
import os
from pathlib import Path

import requests

log = logging.getLogger("accounting-sync")

TOKEN_URL = "https://identity.accounting-provider.example/connect/token"
API_BASE = "https://api.accounting-provider.example/v2"
TOKEN_FILE = Path(os.environ.get("ACCOUNTING_TOKEN_FILE", "/var/lib/joinery/acct_token.json"))


class AccountingClient:
    def __init__(self, client_id: str, client_secret: str):
        self._client_id = client_id
        self._client_secret = client_secret
        self._session = requests.Session()
        self._refresh_token = json.loads(TOKEN_FILE.read_text())["refresh_token"]

    def refresh(self) -> None:
        log.debug("Refreshing accounting access token with refresh_token=%s", self._refresh_token)
        resp = self._session.post(
            TOKEN_URL,
            data={"grant_type": "refresh_token", "refresh_token": self._refresh_token},
            auth=(self._client_id, self._client_secret),
            timeout=20,
        )
        resp.raise_for_status()
        body = resp.json()
        self._refresh_token = body["refresh_token"]
        TOKEN_FILE.write_text(json.dumps({"refresh_token": self._refresh_token}))
        self._session.headers["Authorization"] = f"Bearer {body['access_token']}"

    def push_invoice(self, order: dict) -> str:
        resp = self._session.post(
            f"{API_BASE}/invoices",
            json={
                "reference": order["reference"],
                "contact": {"name": order["customer_name"]},
                "lines": [
                    {"description": line["description"], "amount": line["amount"]}
                    for line in order["lines"]
                ],
            },
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()["invoice_id"]


def run(orders: list[dict]) -> None:
    client = AccountingClient(
        os.environ["ACCOUNTING_CLIENT_ID"], os.environ["ACCOUNTING_CLIENT_SECRET"]
    )
    client.refresh()
    for order in orders:
        invoice_id = client.push_invoice(order)
        log.info("Order %s pushed as invoice %s", order["reference"], invoice_id)
