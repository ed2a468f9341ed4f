"""Pushes trade invoices from the workshop database to the accounting package."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

log = logging.getLogger("accounting_sync")


def _mask(secret: str) -> str:
    return f"…{secret[-4:]}" if len(secret) > 8 else "…"


@dataclass(frozen=True)
class SyncSettings:
    database_url: str
    api_base: str
    api_token: str
    ledger_code: str = "4000"

    @classmethod
    def from_env(cls) -> "SyncSettings":
        return cls(
            database_url=os.environ["WORKSHOP_DATABASE_URL"],
            api_base=os.environ["ACCOUNTS_API_BASE"],
            api_token=os.environ["ACCOUNTS_API_TOKEN"],
        )


class AccountingSync:
    def __init__(self, settings: SyncSettings) -> None:
        self._settings = settings
        url = make_url(settings.database_url)
        log.info(
            "accounting sync using database %s and API %s (token %s)",
            url.render_as_string(hide_password=True),
            settings.api_base,
            _mask(settings.api_token),
        )
        self._engine = create_engine(url)
        self._http = httpx.Client(
            base_url=settings.api_base,
            headers={"Authorization": f"Bearer {settings.api_token}"},
            timeout=30.0,
        )

    def _unsynced(self) -> list[dict]:
        with self._engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT invoice_no, account_ref, issued_on, net_pence, vat_pence "
                    "FROM trade_invoices WHERE synced_at IS NULL ORDER BY invoice_no"
                )
            )
            return [dict(r._mapping) for r in rows]

    def run(self) -> int:
        pushed = 0
        for inv in self._unsynced():
            body = {
                "reference": inv["invoice_no"],
                "contact": inv["account_ref"],
                "date": inv["issued_on"].isoformat(),
                "lines": [{"ledger": self._settings.ledger_code, "net": inv["net_pence"] / 100, "vat": inv["vat_pence"] / 100}],
            }
            resp = self._http.post("/invoices", json=body)
            if resp.status_code >= 400:
                log.warning("invoice %s rejected: HTTP %s", inv["invoice_no"], resp.status_code)
                continue
            with self._engine.begin() as conn:
                conn.execute(
                    text("UPDATE trade_invoices SET synced_at = now() WHERE invoice_no = :n"),
                    {"n": inv["invoice_no"]},
                )
            pushed += 1
        log.info("pushed %d invoices to accounts", pushed)
        return pushed
