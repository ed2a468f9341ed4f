"""Pushes paid course invoices and grant receipts to the accounting package.

Runs hourly. The accounting API uses OAuth2 client credentials; the
access token is cached until shortly before it expires.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field

import requests

log = logging.getLogger("walling.accounts_sync")


def _mask(secret: str) -> str:
    return f"...{secret[-4:]}" if len(secret) > 8 else "***"


@dataclass
class AccountsClient:
    token_url: str
    api_url: str
    client_id: str
    client_secret: str = field(repr=False)
    _token: str = field(default="", repr=False)
    _expires_at: float = 0.0

    def _access_token(self) -> str:
        if self._token and time.time() < self._expires_at - 60:
            return self._token
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": "invoices.write"},
            auth=(self.client_id, self.client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.time() + int(body.get("expires_in", 1800))
        log.info("new accounts token %s for client %s", _mask(self._token), self.client_id)
        return self._token

    def push_invoice(self, invoice: dict) -> str:
        resp = requests.post(
            f"{self.api_url}/invoices",
            json=invoice,
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=20,
        )
        if resp.status_code >= 400:
            log.error("invoice %s rejected: %s", invoice.get("number"), resp.status_code)
            resp.raise_for_status()
        return resp.json()["id"]


def from_env() -> AccountsClient:
    return AccountsClient(
        token_url=os.environ["ACCOUNTS_TOKEN_URL"],
        api_url=os.environ["ACCOUNTS_API_URL"],
        client_id=os.environ["ACCOUNTS_CLIENT_ID"],
        client_secret=os.environ["ACCOUNTS_CLIENT_SECRET"],
    )
