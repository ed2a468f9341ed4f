"""Push daily shop and workshop takings to the accounting system as invoices."""
import logging
import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterable

import requests

log = logging.getLogger("finance.export")

ACCOUNTING_API = "https://api.ledgerbooks.example/api.xro/2.0"


@dataclass(frozen=True)
class AccountingConfig:
    tenant_id: str
    access_token: str
    sales_account: str = "200"

    @classmethod
    def from_env(cls) -> "AccountingConfig":
        return cls(
            tenant_id=os.environ["LEDGER_TENANT_ID"],
            access_token=os.environ["LEDGER_ACCESS_TOKEN"],
            sales_account=os.environ.get("LEDGER_SALES_ACCOUNT", "200"),
        )


@dataclass
class Sale:
    reference: str
    description: str
    net: Decimal
    vat: Decimal


def _invoice(sale: Sale, day: date, cfg: AccountingConfig) -> dict:
    return {
        "Type": "ACCREC",
        "Reference": sale.reference,
        "Date": day.isoformat(),
        "Status": "AUTHORISED",
        "Contact": {"Name": "Shop takings"},
        "LineItems": [
            {
                "Description": sale.description,
                "UnitAmount": str(sale.net),
                "TaxAmount": str(sale.vat),
                "AccountCode": cfg.sales_account,
            }
        ],
    }


def export_day(sales: Iterable[Sale], day: date, cfg: AccountingConfig | None = None) -> int:
    cfg = cfg or AccountingConfig.from_env()
    headers = {
        "Authorization": f"Bearer {cfg.access_token}",
        "Xero-tenant-id": cfg.tenant_id,
        "Accept": "application/json",
    }
    invoices = [_invoice(s, day, cfg) for s in sales]
    if not invoices:
        return 0
    resp = requests.post(
        f"{ACCOUNTING_API}/Invoices", json={"Invoices": invoices}, headers=headers, timeout=30
    )
    resp.raise_for_status()
    log.info("exported %d invoices for %s", len(invoices), day)
    return len(invoices)
