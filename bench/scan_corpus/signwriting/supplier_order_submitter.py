"""Submit purchase orders for vinyl, substrates and fixings to the supplier."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("purchasing")


def _mask(secret: str) -> str:
    return f"...{secret[-4:]}" if len(secret) > 8 else "****"


@dataclass
class SupplierAccount:
    account_no: str
    api_url: str
    api_key: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "SupplierAccount":
        return cls(
            account_no=os.environ["SUPPLIER_ACCOUNT_NO"],
            api_url=os.environ["SUPPLIER_API_URL"],
            api_key=os.environ["SUPPLIER_API_KEY"],
        )


@dataclass
class OrderLine:
    sku: str
    quantity: int
    note: str = ""


def submit_order(account: SupplierAccount, po_number: str, lines: list[OrderLine]) -> str:
    payload = {
        "account": account.account_no,
        "po_number": po_number,
        "lines": [{"sku": l.sku, "qty": l.quantity, "note": l.note} for l in lines],
    }
    log.info(
        "submitting PO %s for account %s with key %s (%d lines)",
        po_number, account.account_no, _mask(account.api_key), len(lines),
    )
    with httpx.Client(timeout=20) as client:
        resp = client.post(
            f"{account.api_url}/purchase-orders",
            json=payload,
            headers={"Authorization": f"Bearer {account.api_key}"},
        )
    if resp.status_code >= 400:
        log.error("supplier rejected PO %s: %s %s", po_number, resp.status_code, resp.text[:200])
        resp.raise_for_status()
    order_ref = resp.json()["order_ref"]
    log.info("PO %s accepted as %s", po_number, order_ref)
    return order_ref
