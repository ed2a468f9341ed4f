"""Ledger of entry fees, refunds and prize payouts per tournament."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import psycopg
from psycopg.rows import dict_row

log = logging.getLogger("fees.ledger")


class LedgerUnavailable(RuntimeError):
    pass


@dataclass(frozen=True)
class LedgerSettings:
    database_url: str
    currency: str = "EUR"

    @classmethod
    def from_env(cls) -> "LedgerSettings":
        return cls(
            database_url=os.environ["LEDGER_DATABASE_URL"],
            currency=os.environ.get("LEDGER_CURRENCY", "EUR"),
        )


class EntryFeeLedger:
    def __init__(self, settings: LedgerSettings):
        self._settings = settings

    def _connect(self) -> psycopg.Connection:
        try:
            return psycopg.connect(self._settings.database_url, row_factory=dict_row, connect_timeout=5)
        except psycopg.OperationalError as exc:
            raise LedgerUnavailable(
                f"could not open ledger database {self._settings.database_url}: {exc}"
            ) from exc

    def record_fee(self, tournament_id: int, member_id: int, amount: Decimal, reference: str) -> int:
        with self._connect() as conn:
            row = conn.execute(
                "INSERT INTO ledger (tournament_id, member_id, kind, amount, currency, reference) "
                "VALUES (%s, %s, 'entry_fee', %s, %s, %s) RETURNING id",
                (tournament_id, member_id, amount, self._settings.currency, reference),
            ).fetchone()
        log.info("fee %s %s recorded for member %s in tournament %s",
                 amount, self._settings.currency, member_id, tournament_id)
        return row["id"]

    def record_refund(self, tournament_id: int, member_id: int, amount: Decimal, reason: str) -> int:
        with self._connect() as conn:
            row = conn.execute(
                "INSERT INTO ledger (tournament_id, member_id, kind, amount, currency, reference) "
                "VALUES (%s, %s, 'refund', %s, %s, %s) RETURNING id",
                (tournament_id, member_id, -amount, self._settings.currency, reason),
            ).fetchone()
        return row["id"]

    def balance(self, tournament_id: int) -> Decimal:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT COALESCE(SUM(amount), 0) AS total FROM ledger WHERE tournament_id = %s",
                (tournament_id,),
            ).fetchone()
        return Decimal(row["total"])
