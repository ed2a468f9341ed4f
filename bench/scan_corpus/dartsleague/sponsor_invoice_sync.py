"""Nightly job that copies sponsor invoices from the accounting database into
the sponsor portal so sponsors can see what they owe for the season.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote

import psycopg

log = logging.getLogger("dartsleague.sponsor_invoices")


@dataclass(frozen=True)
class AccountsDbSettings:
    host: str
    port: int
    dbname: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "AccountsDbSettings":
        return cls(
            host=os.environ["ACCOUNTS_DB_HOST"],
            port=int(os.environ.get("ACCOUNTS_DB_PORT", "5432")),
            dbname=os.environ.get("ACCOUNTS_DB_NAME", "accounts"),
            user=os.environ["ACCOUNTS_DB_USER"],
            password=os.environ["ACCOUNTS_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{quote(self.user)}:{quote(self.password)}"
            f"@{self.host}:{self.port}/{self.dbname}?sslmode=require"
        )


def fetch_invoices(settings: AccountsDbSettings, season: str) -> list[tuple]:
    log.info("connecting to accounts database %s", settings.dsn)
    with psycopg.connect(settings.dsn) as conn:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT sponsor_slug, invoice_no, amount_pence, due_date, paid "
                "FROM invoices WHERE season = %s ORDER BY due_date",
                (season,),
            )
            return cur.fetchall()


def publish(portal_repo, rows: list[tuple]) -> int:
    count = 0
    for sponsor_slug, invoice_no, amount, due, paid in rows:
        portal_repo.upsert_invoice(sponsor_slug, invoice_no, amount, due, paid)
        count += 1
    return count


def run(portal_repo, season: str) -> None:
    settings = AccountsDbSettings.from_env()
    rows = fetch_invoices(settings, season)
    published = publish(portal_repo, rows)
    log.info("published %d invoices for season %s", published, season)
