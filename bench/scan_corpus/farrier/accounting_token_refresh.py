"""Keeps the OAuth2 connection to the accounting package alive so invoices can be pushed."""
from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

import requests

log = logging.getLogger("farrier.accounting")

TOKEN_URL = "https://identity.xero.com/connect/token"
REFRESH_MARGIN = 120


@dataclass
class TokenSet:
    access_token: str
    refresh_token: str
    expires_at: float

    @property
    def expiring(self) -> bool:
        return time.time() > self.expires_at - REFRESH_MARGIN


class AccountingTokenStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> TokenSet:
        return TokenSet(**json.loads(self.path.read_text()))

    def save(self, tokens: TokenSet) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(tokens.__dict__))
        os.chmod(tmp, 0o600)
        tmp.replace(self.path)


class AccountingAuth:
    def __init__(self, store: AccountingTokenStore, client_id: str, client_secret: str) -> None:
        self.store = store
        self.client_id = client_id
        self.client_secret = client_secret

    def refresh(self, tokens: TokenSet) -> TokenSet:
        resp = requests.post(
            TOKEN_URL,
            data={"grant_type": "refresh_token", "refresh_token": tokens.refresh_token},
            auth=(self.client_id, self.client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        payload = resp.json()
        fresh = TokenSet(
            access_token=payload["access_token"],
            refresh_token=payload["refresh_token"],
            expires_at=time.time() + int(payload["expires_in"]),
        )
        self.store.save(fresh)
        log.info("accounting token refreshed: %s (valid %ss)", fresh.access_token, payload["expires_in"])
        return fresh

    def bearer(self) -> str:
        tokens = self.store.load()
        if tokens.expiring:
            tokens = self.refresh(tokens)
        return f"Bearer {tokens.access_token}"


def from_env() -> AccountingAuth:
    return AccountingAuth(
        AccountingTokenStore(Path(os.environ.get("ACCOUNTING_TOKEN_FILE", "/var/lib/farrier/xero.json"))),
        os.environ["XERO_CLIENT_ID"],
        os.environ["XERO_CLIENT_SECRET"],
    )
