"""Nightly push of signed-off job invoices into the accounts package.

Runs from cron on the office server.  Reads invoices raised today and
posts them to the accounting API as sales invoices.
"""
import logging
import os
import sys
from datetime import date

import requests

log = logging.getLogger("accounts_sync")

ACCOUNTS_API = os.environ.get("ACCOUNTS_API_URL", "https://api.accounts.example/v1")


def masked(secret: str, visible: int = 4) -> str:
    if len(secret) <= visible:
        return "*" * len(secret)
    return "*" * (len(secret) - visible) + secret[-visible:]


def load_key() -> str:
    key = os.environ.get("ACCOUNTS_API_KEY", "")
    if not key:
        log.error("ACCOUNTS_API_KEY is not set; aborting sync")
        sys.exit(1)
    return key


def push_invoice(session: requests.Session, invoice: dict) -> str:
    resp = session.post(f"{ACCOUNTS_API}/sales-invoices", json=invoice, timeout=30)
    resp.raise_for_status()
    return resp.json()["id"]


def run(invoices: list[dict]) -> int:
    key = load_key()
    log.info("Syncing %d invoices for %s using key %s", len(invoices), date.today(), masked(key))
    with requests.Session() as s:
        s.headers.update({"Authorization": f"Bearer {key}", "Content-Type": "application/json"})
        pushed = 0
        for inv in invoices:
            try:
                remote_id = push_invoice(s, inv)
            except requests.HTTPError as exc:
                log.error("Invoice %s rejected: HTTP %s", inv["number"], exc.response.status_code)
                continue
            log.info("Invoice %s -> %s", inv["number"], remote_id)
            pushed += 1
    return pushed


if __name__ == "__main__":
    from glazeops.invoices import invoices_raised_on

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    count = run(invoices_raised_on(date.today()))
    log.info("Done: %d invoices pushed", count)
