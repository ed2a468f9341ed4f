"""Pushes issued wholesale invoices to the bookkeeping service each evening."""
import logging
import os

import requests

from tallow.db import get_connection

log = logging.getLogger(__name__)

API_BASE = os.environ.get("BOOKKEEPING_API_BASE", "https://api.bookkeeping.example/v3")


def _session() -> requests.Session:
    s = requests.Session()
    s.headers.update({
        "Authorization": f"Bearer {os.environ['BOOKKEEPING_API_TOKEN']}",
        "Xero-Tenant-Id": os.environ["BOOKKEEPING_TENANT_ID"],
        "Accept": "application/json",
    })
    return s


def unsynced_invoices() -> list[dict]:
    with get_connection() as conn:
        rows = conn.execute(
            "SELECT number, account_code, issued_on, due_on, net_pence, vat_pence "
            "FROM invoices WHERE synced_at IS NULL ORDER BY issued_on"
        ).fetchall()
    keys = ("number", "account_code", "issued_on", "due_on", "net_pence", "vat_pence")
    return [dict(zip(keys, r)) for r in rows]


def push_invoices() -> int:
    http = _session()
    pushed = 0
    for inv in unsynced_invoices():
        body = {
            "Type": "ACCREC",
            "InvoiceNumber": inv["number"],
            "Contact": {"AccountNumber": inv["account_code"]},
            "Date": inv["issued_on"],
            "DueDate": inv["due_on"],
            "LineAmountTypes": "Exclusive",
            "LineItems": [{"Description": "Candles and soap", "LineAmount": inv["net_pence"] / 100}],
        }
        resp = http.post(f"{API_BASE}/Invoices", json=body, timeout=30)
        if resp.ok:
            with get_connection() as conn:
                conn.execute("UPDATE invoices SET synced_at = CURRENT_TIMESTAMP WHERE number = ?", (inv["number"],))
            pushed += 1
        else:
            log.error("invoice %s rejected by bookkeeping: %s", inv["number"], resp.status_code)
    return pushed
