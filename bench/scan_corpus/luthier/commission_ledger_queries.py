"""Ledger queries for commission payments and refunds.

Deposits, stage payments and refunds live in separate tables that share
the same columns. Which table is read is chosen from a fixed enum.
"""
from datetime import date
from decimal import Decimal
from enum import Enum

from sqlalchemy import text
from sqlalchemy.engine import Engine


class LedgerKind(str, Enum):
    DEPOSIT = "ledger_deposits"
    STAGE = "ledger_stage_payments"
    REFUND = "ledger_refunds"


class CommissionLedger:
    def __init__(self, engine: Engine):
        self.engine = engine

    def entries(self, kind: str, client_id: int, since: date) -> list[dict]:
        table = LedgerKind[kind.upper()].value
        stmt = text(
            f"SELECT id, commission_id, amount, currency, paid_on, reference "
            f"FROM {table} WHERE client_id = :client_id AND paid_on >= :since "
            f"ORDER BY paid_on"
        )
        with self.engine.connect() as conn:
            rows = conn.execute(stmt, {"client_id": client_id, "since": since})
            return [dict(r._mapping) for r in rows]

    def balance(self, commission_id: int) -> Decimal:
        stmt = text(
            "SELECT "
            " (SELECT COALESCE(SUM(amount), 0) FROM ledger_deposits WHERE commission_id = :cid)"
            " + (SELECT COALESCE(SUM(amount), 0) FROM ledger_stage_payments WHERE commission_id = :cid)"
            " - (SELECT COALESCE(SUM(amount), 0) FROM ledger_refunds WHERE commission_id = :cid)"
        )
        with self.engine.connect() as conn:
            return Decimal(conn.execute(stmt, {"cid": commission_id}).scalar_one())

    def search_references(self, kind: str, fragment: str, limit: int = 50) -> list[dict]:
        table = LedgerKind[kind.upper()].value
        stmt = text(
            f"SELECT id, commission_id, reference, amount FROM {table} "
            f"WHERE reference ILIKE :pattern ORDER BY paid_on DESC LIMIT :limit"
        )
        with self.engine.connect() as conn:
            rows = conn.execute(stmt, {"pattern": f"%{fragment}%", "limit": limit})
            return [dict(r._mapping) for r in rows]
