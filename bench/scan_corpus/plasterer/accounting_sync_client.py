"""Push approved invoices to the accounting package.

Runs after the office marks an invoice 'sent'; creates the sales invoice in
the accounting system so payments can be reconciled against the bank feed.
"""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal
from typing import List

import requests

log = logging.getLogger("accounting.sync")

ACCOUNTS_API = "https://api.xero.com/api.xro/2.0"


@dataclass
class InvoiceLine:
    description: str
    quantity: Decimal
    unit_amount: Decimal
    account_code: str = "200"


class AccountingClient:
    def __init__(self, tenant_id: str, access_token: str):
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {access_token}",
            "Xero-tenant-id": tenant_id,
            "Accept": "application/json",
        })

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{ACCOUNTS_API}{path}"
        log.debug("%s %s headers=%s", method, url, dict(self.session.headers))
        resp = self.session.request(method, url, timeout=20, **kwargs)
        if resp.status_code >= 400:
            log.error("accounting API %s %s -> %s: %s", method, path, resp.status_code, resp.text[:500])
            resp.raise_for_status()
        return resp.json()

    def create_invoice(self, contact_id: str, reference: str, lines: List[InvoiceLine]) -> str:
        body = {"Invoices": [{
            "Type": "ACCREC",
            "Contact": {"ContactID": contact_id},
            "Reference": reference,
            "Status": "AUTHORISED",
            "LineItems": [{
                "Description": l.description,
                "Quantity": str(l.quantity),
                "UnitAmount": str(l.unit_amount),
                "AccountCode": l.account_code,
            } for l in lines],
        }]}
        data = self._request("POST", "/Invoices", json=body)
        invoice_id = data["Invoices"][0]["InvoiceID"]
        log.info("created accounting invoice %s for %s", invoice_id, reference)
        return invoice_id


def client_from_env() -> AccountingClient:
    return AccountingClient(os.environ["XERO_TENANT_ID"], os.environ["XERO_ACCESS_TOKEN"])
