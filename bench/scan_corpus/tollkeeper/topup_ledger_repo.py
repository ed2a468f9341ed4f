"""Ledger access for tag account top-ups.

Top-ups arrive from card payments, bank transfers and retail vouchers and
are kept in per-channel ledger tables with the same shape.
"""
from datetime import datetime
from decimal import Decimal

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from tollkeeper.config import settings

LEDGER_TABLES = {
    "card": "topup_ledger_card",
    "bank": "topup_ledger_bank",
    "voucher": "topup_ledger_voucher",
}


class TopUpLedger:
    def __init__(self, engine: Engine | None = None):
        self.engine = engine or create_engine(settings.DATABASE_URL, pool_pre_ping=True)

    def _table(self, channel: str) -> str:
        try:
            return LEDGER_TABLES[channel]
        except KeyError:
            raise ValueError(f"unknown top-up channel {channel!r}") from None

    def record(self, channel: str, account_id: int, amount: Decimal, external_ref: str) -> int:
        stmt = text(
            f"INSERT INTO {self._table(channel)} (account_id, amount, external_ref, created_at) "
            "VALUES (:account_id, :amount, :ref, :ts) RETURNING id"
        )
        with self.engine.begin() as conn:
            return conn.execute(
                stmt,
                {"account_id": account_id, "amount": amount, "ref": external_ref, "ts": datetime.utcnow()},
            ).scalar_one()

    def history(self, channel: str, account_id: int, limit: int = 100) -> list[dict]:
        stmt = text(
            f"SELECT id, amount, external_ref, created_at FROM {self._table(channel)} "
            "WHERE account_id = :account_id ORDER BY created_at DESC LIMIT :limit"
        )
        with self.engine.connect() as conn:
            result = conn.execute(stmt, {"account_id": account_id, "limit": limit})
            return [dict(row._mapping) for row in result]
