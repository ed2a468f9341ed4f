"""Lookup of purity certificates for trade customers.

Buyers paste a list of lot numbers from their sack labels to retrieve the
matching certificates of analysis (NaCl %, moisture, insolubles, lead,
cadmium, microplastics screen).
"""
from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.engine import Connection

MAX_LOTS = 50
LOT_PATTERN = re.compile(r"^[A-Z]\d{5}-[0-9A-F]{6}$")


def parse_lots(raw: str) -> list[str]:
    candidates = {part.strip().upper() for part in re.split(r"[\s,;]+", raw) if part.strip()}
    return sorted(lot for lot in candidates if LOT_PATTERN.match(lot))[:MAX_LOTS]


def certificates_for_lots(conn: Connection, account_id: int, lots: list[str]) -> list[dict]:
    if not lots:
        return []
    placeholders = ", ".join(f":lot{i}" for i in range(len(lots)))
    params = {f"lot{i}": lot for i, lot in enumerate(lots)}
    params["account_id"] = account_id
    stmt = text(
        "SELECT c.lot_number, c.issued_on, c.nacl_pct, c.moisture_pct, "
        "c.insolubles_pct, c.lead_mg_kg, c.cadmium_mg_kg, c.pdf_key "
        "FROM purity_certificate c "
        "JOIN dispatch d ON d.lot_number = c.lot_number "
        f"WHERE d.account_id = :account_id AND c.lot_number IN ({placeholders}) "
        "ORDER BY c.issued_on DESC"
    )
    return [dict(row._mapping) for row in conn.execute(stmt, params)]


def latest_for_product(conn: Connection, sku: str) -> dict | None:
    row = conn.execute(
        text(
            "SELECT c.lot_number, c.issued_on, c.nacl_pct FROM purity_certificate c "
            "WHERE c.sku = :sku ORDER BY c.issued_on DESC LIMIT 1"
        ),
        {"sku": sku},
    ).first()
    return dict(row._mapping) if row else None
