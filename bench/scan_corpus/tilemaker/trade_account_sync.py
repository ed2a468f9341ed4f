"""Pushes trade-account customers into the accounting system.

New and updated trade accounts are mirrored as contacts in the bookkeeping
platform so invoices for commissions and trade orders line up.
"""
import logging

import httpx

from tilemaker.accounting.tokens import current_access_token
from tilemaker.models import TradeAccount
from tilemaker.settings import ACCOUNTING_API_BASE, ACCOUNTING_TENANT_ID

log = logging.getLogger(__name__)


class AccountingClient:
    def __init__(self, base_url: str = ACCOUNTING_API_BASE, tenant_id: str = ACCOUNTING_TENANT_ID):
        self.base_url = base_url
        self.tenant_id = tenant_id

    def _request_kwargs(self, payload: dict) -> dict:
        return {
            "headers": {
                "Authorization": f"Bearer {current_access_token()}",
                "Xero-Tenant-Id": self.tenant_id,
                "Accept": "application/json",
            },
            "json": payload,
            "timeout": 15.0,
        }

    def upsert_contact(self, payload: dict) -> dict:
        kwargs = self._request_kwargs(payload)
        log.debug("accounting upsert contact: %s", kwargs)
        resp = httpx.post(f"{self.base_url}/Contacts", **kwargs)
        resp.raise_for_status()
        return resp.json()["Contacts"][0]


def contact_payload(account: TradeAccount) -> dict:
    return {
        "Contacts": [
            {
                "ContactNumber": f"TRADE-{account.id}",
                "Name": account.company_name,
                "EmailAddress": account.billing_email,
                "TaxNumber": account.vat_number or "",
            }
        ]
    }


def sync_trade_account(account: TradeAccount, client: AccountingClient | None = None) -> str:
    client = client or AccountingClient()
    contact = client.upsert_contact(contact_payload(account))
    account.accounting_contact_id = contact["ContactID"]
    log.info("trade account %s synced as contact %s", account.id, contact["ContactID"])
    return contact["ContactID"]
