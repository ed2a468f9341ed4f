"""Export of parish client invoices to the accounting ledger.

Each night the invoices raised for tuning visits, repairs and restoration
stage payments are posted to the firm's cloud accounting ledger.
"""
import os
from dataclasses import dataclass, field
from datetime import date

import httpx
import psycopg


@dataclass(frozen=True)
class LedgerConfig:
    base_url: str = "https://api.ledgerbook.co.uk/2.0"
    token_header: str = "Authorization"
    token_prefix: str = "Bearer"
    api_token: str = field(default_factory=lambda: os.environ["LEDGER_API_TOKEN"], repr=False)
    sales_account: str = "4000"


def invoices_for(dsn: str, day: date) -> list[dict]:
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT invoice_no, parish_name, net_pence, vat_pence, issued_on "
            "FROM invoices WHERE issued_on = %s AND exported = false",
            (day,),
        )
        cols = [c.name for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


def to_ledger_entry(inv: dict, cfg: LedgerConfig) -> dict:
    return {
        "reference": inv["invoice_no"],
        "contact": inv["parish_name"],
        "date": inv["issued_on"].isoformat(),
        "lines": [
            {
                "account": cfg.sales_account,
                "net": inv["net_pence"] / 100,
                "tax": inv["vat_pence"] / 100,
                "description": "Organ tuning and maintenance",
            }
        ],
    }


def export_day(dsn: str, day: date, cfg: LedgerConfig | None = None) -> int:
    cfg = cfg or LedgerConfig()
    headers = {cfg.token_header: f"{cfg.token_prefix} {cfg.api_token}"}
    invoices = invoices_for(dsn, day)
    with httpx.Client(base_url=cfg.base_url, headers=headers, timeout=30.0) as client:
        for inv in invoices:
            client.post("/invoices", json=to_ledger_entry(inv, cfg)).raise_for_status()
    with psycopg.connect(dsn) as conn:
        conn.execute(
            "UPDATE invoices SET exported = true WHERE issued_on = %s AND exported = false",
            (day,),
        )
    return len(invoices)
