"""mTLS client for the ledger service."""
import os
import ssl
from decimal import Decimal

import httpx

LEDGER_URL = os.environ["LEDGER_URL"]


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=os.environ["LEDGER_CA_FILE"])
    ctx.load_cert_chain(os.environ["LEDGER_CLIENT_CERT"], os.environ["LEDGER_CLIENT_KEY"])
    return ctx


_CLIENT_OPTS = {
    "timeout": httpx.Timeout(10.0, connect=3.0),
    "verify": _tls_context(),
    "headers": {"User-Agent": "billing-ledger-client/2.1"},
}


def _client() -> httpx.Client:
    return httpx.Client(base_url=LEDGER_URL, **_CLIENT_OPTS)


def post_entry(account: str, amount: Decimal, currency: str, reference: str) -> str:
    body = {
        "account": account,
        "amount": str(amount),
        "currency": currency,
        "reference": reference,
    }
    with _client() as client:
        resp = client.post("/v1/entries", json=body, headers={"Idempotency-Key": reference})
        resp.raise_for_status()
        return resp.json()["entry_id"]


def balance(account: str) -> Decimal:
    with _client() as client:
        resp = client.get(f"/v1/accounts/{account}/balance")
        resp.raise_for_status()
        return Decimal(resp.json()["balance"])
