"""Pushes issued catering invoices from the booking database to the accounting system."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

log = logging.getLogger("finance.accounting_sync")


@dataclass(frozen=True)
class SyncSettings:
    db_url: URL
    accounting_base_url: str
    accounting_token: str

    @classmethod
    def from_env(cls) -> "SyncSettings":
        return cls(
            db_url=URL.create(
                "postgresql+psycopg",
                username=os.environ["BOOKINGS_DB_USER"],
                password=os.environ["BOOKINGS_DB_PASSWORD"],
                host=os.environ["BOOKINGS_DB_HOST"],
                database=os.environ.get("BOOKINGS_DB_NAME", "bookings"),
            ),
            accounting_base_url=os.environ["ACCOUNTING_API_URL"],
            accounting_token=os.environ["ACCOUNTING_API_TOKEN"],
        )


class AccountingSync:
    def __init__(self, settings: SyncSettings) -> None:
        self.settings = settings
        log.info(
            "accounting sync using database %s",
            settings.db_url.render_as_string(hide_password=True),
        )
        self.engine = create_engine(settings.db_url, pool_pre_ping=True)
        self.http = httpx.Client(
            base_url=settings.accounting_base_url,
            headers={"Authorization": f"Bearer {settings.accounting_token}"},
            timeout=30.0,
        )

    def pending_invoices(self) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT id, number, client_ref, issued_on, net_pence, vat_pence "
                    "FROM invoices WHERE status = 'issued' AND accounting_id IS NULL "
                    "ORDER BY issued_on LIMIT 200"
                )
            ).mappings()
            return [dict(r) for r in rows]

    def push(self, invoice: dict) -> str:
        resp = self.http.post(
            "/invoices",
            json={
                "reference": invoice["number"],
                "contact": invoice["client_ref"],
                "date": invoice["issued_on"].isoformat(),
                "net": invoice["net_pence"] / 100,
                "tax": invoice["vat_pence"] / 100,
            },
        )
        resp.raise_for_status()
        return resp.json()["id"]

    def run(self) -> int:
        pushed = 0
        for invoice in self.pending_invoices():
            accounting_id = self.push(invoice)
            with self.engine.begin() as conn:
                conn.execute(
                    text("UPDATE invoices SET accounting_id = :a WHERE id = :i"),
                    {"a": accounting_id, "i": invoice["id"]},
                )
            pushed += 1
        log.info("pushed %d invoices to accounting", pushed)
        return pushed
