"""HTTP client for the internal ledger service (mTLS, private CA)."""
from __future__ import annotations

import ssl
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class LedgerTLS:
    ca_bundle: str
    client_cert: str
    client_key: str


def build_ledger_client(base_url: str, tls: LedgerTLS, timeout: float = 10.0) -> httpx.Client:
    """The ledger presents certificates from our internal CA, so trust that bundle."""
    ctx = ssl.create_default_context(cafile=tls.ca_bundle)
    ctx.load_cert_chain(tls.client_cert, tls.client_key)
    return httpx.Client(base_url=base_url, verify=ctx, timeout=timeout)


def fetch_balance(client: httpx.Client, account_id: str) -> int:
    resp = client.get(f"/accounts/{account_id}/balance")
    resp.raise_for_status()
    return int(resp.json()["balance_cents"])
