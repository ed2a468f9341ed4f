"""Tariff comparison search used by the quote journey and the sales desk."""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

SORT_COLUMNS = {
    "name": "t.display_name",
    "unit_rate": "r.unit_rate_p",
    "standing_charge": "r.standing_charge_p",
    "updated": "t.updated_at",
}
MAX_LIMIT = 200


def _order_clause(sort: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])
    direction = "DESC" if descending else "ASC"
    return f"ORDER BY {column} {direction}, t.tariff_code ASC"


def search_tariffs(
    conn: Connection,
    region: str,
    fuel: str,
    *,
    sort: str = "name",
    descending: bool = False,
    limit: int = 50,
    green_only: bool = False,
) -> list[dict]:
    filters = ["r.region_code = :region", "t.fuel = :fuel", "t.available_to_new = true"]
    if green_only:
        filters.append("t.renewable_pct >= 100")
    sql = text(
        "SELECT t.tariff_code, t.display_name, r.unit_rate_p, r.standing_charge_p, t.exit_fee_p "
        "FROM tariffs t JOIN regional_rates r ON r.tariff_id = t.id "
        f"WHERE {' AND '.join(filters)} "
        f"{_order_clause(sort, descending)} "
        "LIMIT :limit"
    )
    params = {"region": region, "fuel": fuel, "limit": max(1, min(int(limit), MAX_LIMIT))}
    return [dict(row) for row in conn.execute(sql, params).mappings()]
