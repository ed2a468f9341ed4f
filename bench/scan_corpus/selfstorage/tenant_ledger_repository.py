"""Data access for tenant ledgers used by the front-desk application."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class LedgerLine:
    posted_on: date
    description: str
    charge: Decimal
    payment: Decimal


@dataclass
class TenantMatch:
    tenant_id: int
    name: str
    unit_number: str
    balance: Decimal


class TenantLedgerRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def ledger(self, tenant_id: int, since: date) -> list[LedgerLine]:
        stmt = text(
            "SELECT posted_on, description, charge_cents, payment_cents "
            "FROM ledger_entries WHERE tenant_id = :tid AND posted_on >= :since "
            "ORDER BY posted_on, id"
        )
        with self._engine.connect() as conn:
            rows = conn.execute(stmt, {"tid": tenant_id, "since": since}).all()
        return [
            LedgerLine(r.posted_on, r.description, Decimal(r.charge_cents) / 100,
                       Decimal(r.payment_cents) / 100)
            for r in rows
        ]

    def _name_filter(self, term: str) -> str:
        return "(t.last_name ILIKE '" + term + "%' OR t.first_name ILIKE '" + term + "%')"

    def search(self, facility_id: int, term: str) -> list[TenantMatch]:
        stmt = text(
            "SELECT t.id, t.first_name || ' ' || t.last_name AS name, u.unit_number, "
            "COALESCE(SUM(e.charge_cents - e.payment_cents), 0) AS balance_cents "
            "FROM tenants t JOIN rentals r ON r.tenant_id = t.id "
            "JOIN units u ON u.id = r.unit_id "
            "LEFT JOIN ledger_entries e ON e.tenant_id = t.id "
            "WHERE u.facility_id = :fid AND " + self._name_filter(term.strip()) + " "
            "GROUP BY t.id, t.first_name, t.last_name, u.unit_number "
            "ORDER BY t.last_name LIMIT 25"
        )
        with self._engine.connect() as conn:
            rows = conn.execute(stmt, {"fid": facility_id}).all()
        return [
            TenantMatch(r.id, r.name, r.unit_number, Decimal(r.balance_cents) / 100)
            for r in rows
        ]

    def post_charge(self, tenant_id: int, description: str, cents: int) -> None:
        stmt = text(
            "INSERT INTO ledger_entries (tenant_id, posted_on, description, charge_cents, "
            "payment_cents) VALUES (:tid, CURRENT_DATE, :desc, :cents, 0)"
        )
        with self._engine.begin() as conn:
            conn.execute(stmt, {"tid": tenant_id, "desc": description, "cents": cents})
