"""Push shop, wholesale and commission takings to the bookkeeper's ledger.

The farm's bookkeeper runs a small self-hosted ledger whose TLS certificate
is issued by the practice's own certificate authority, so the client trusts
that CA bundle rather than the system store.
"""

import os
from dataclasses import dataclass, field
from datetime import date

import httpx


@dataclass(frozen=True)
class LedgerSettings:
    base_url: str = field(
        default_factory=lambda: os.environ.get("LEDGER_URL", "https://ledger.hartbookkeeping.co.uk")
    )
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get("LEDGER_CA_BUNDLE", "/etc/osierbed/ledger-ca.pem")
    )
    token: str = field(default_factory=lambda: os.environ["LEDGER_TOKEN"])


def ledger_client(settings: LedgerSettings | None = None) -> httpx.Client:
    settings = settings or LedgerSettings()
    return httpx.Client(
        base_url=settings.base_url,
        verify=settings.ca_bundle,
        headers={"Authorization": f"Token {settings.token}"},
        timeout=30.0,
    )


def post_daily_takings(
    day: date, shop_pence: int, wholesale_pence: int, commissions_pence: int
) -> str:
    entries = [
        {"account": "4000-farm-shop", "amount": shop_pence},
        {"account": "4010-wholesale-willow", "amount": wholesale_pence},
        {"account": "4020-sculpture-commissions", "amount": commissions_pence},
    ]
    with ledger_client() as client:
        resp = client.post(
            "/api/journals",
            json={"date": day.isoformat(), "narrative": f"Takings {day:%d %b %Y}", "lines": entries},
        )
        resp.raise_for_status()
        return resp.json()["journal_id"]
