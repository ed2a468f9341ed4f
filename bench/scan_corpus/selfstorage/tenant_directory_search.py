"""Front-desk tenant lookup by name, phone or unit number."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.engine import Engine

_DIGITS = re.compile(r"\D+")


@dataclass
class TenantHit:
    tenant_id: int
    name: str
    phone: str
    unit_number: str
    balance: Decimal


SEARCH_SQL = text(
    "SELECT t.id, t.first_name || ' ' || t.last_name AS name, t.phone, u.unit_number, "
    "COALESCE(SUM(e.charge_cents - e.payment_cents), 0) AS balance_cents "
    "FROM tenants t JOIN rentals r ON r.tenant_id = t.id AND r.ended_on IS NULL "
    "JOIN units u ON u.id = r.unit_id "
    "LEFT JOIN ledger_entries e ON e.tenant_id = t.id "
    "WHERE u.facility_id = :fid AND ("
    "  t.last_name ILIKE :prefix OR t.first_name ILIKE :prefix "
    "  OR u.unit_number = :unit OR (:phone <> '' AND t.phone_digits LIKE :phone)) "
    "GROUP BY t.id, t.first_name, t.last_name, t.phone, u.unit_number "
    "ORDER BY t.last_name, t.first_name LIMIT :limit"
)


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class TenantDirectory:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def search(self, facility_id: int, term: str, limit: int = 25) -> list[TenantHit]:
        term = term.strip()
        if not term:
            return []
        digits = _DIGITS.sub("", term)
        params = {
            "fid": facility_id,
            "prefix": _escape_like(term) + "%",
            "unit": term.upper(),
            "phone": f"%{digits}" if len(digits) >= 4 else "",
            "limit": max(1, min(limit, 100)),
        }
        with self._engine.connect() as conn:
            rows = conn.execute(SEARCH_SQL, params).all()
        return [
            TenantHit(r.id, r.name, r.phone, r.unit_number, Decimal(r.balance_cents) / 100)
            for r in rows
        ]
