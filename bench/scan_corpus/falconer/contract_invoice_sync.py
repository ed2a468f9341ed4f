"""Pushes monthly pest-control contract invoices into the accounting system.

Each bird-of-prey deterrence contract (landfill, airfield, distribution centre)
is billed monthly for the number of flying visits logged by the falconers.
"""
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import httpx

from falconer.pest.models import Contract, VisitLog


@dataclass(frozen=True)
class AccountingConfig:
    base_url: str = "https://api.ledgerly.io/v1"
    tenant_id: str = "falconer-centre"
    client_id: str = "fc-bookkeeping"
    client_secret: str = "lq_live_7f3c9b21d4e84a0fa6b5c2e19d0f8a73"
    revenue_account: str = "4010"


def _access_token(cfg: AccountingConfig) -> str:
    response = httpx.post(
        f"{cfg.base_url}/oauth/token",
        data={"grant_type": "client_credentials", "client_id": cfg.client_id, "client_secret": cfg.client_secret},
        timeout=10,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def _invoice_lines(contract: Contract, visits: list[VisitLog]) -> list[dict]:
    return [
        {
            "description": f"Bird control visit {v.visited_on:%d %b} ({v.falconer_name}, {v.bird_count} birds)",
            "quantity": 1,
            "unit_amount": str(Decimal(contract.visit_rate)),
        }
        for v in visits
    ]


def push_invoice(contract: Contract, visits: list[VisitLog], period_end: date, cfg: AccountingConfig = AccountingConfig()) -> str:
    token = _access_token(cfg)
    body = {
        "tenant": cfg.tenant_id,
        "customer_ref": contract.client_account_code,
        "date": period_end.isoformat(),
        "account": cfg.revenue_account,
        "reference": f"PC-{contract.reference}-{period_end:%Y%m}",
        "lines": _invoice_lines(contract, visits),
    }
    response = httpx.post(f"{cfg.base_url}/invoices", json=body, headers={"Authorization": f"Bearer {token}"}, timeout=20)
    response.raise_for_status()
    return response.json()["invoice_id"]
