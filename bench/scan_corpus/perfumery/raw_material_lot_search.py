"""Search raw-material lots in the inventory database for the formulation lab."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class LotQuery:
    material_name: str | None = None
    supplier_code: str | None = None
    min_stock_kg: float | None = None
    allergen_free: bool = False
    limit: int = 50


def _where_clause(q: LotQuery) -> tuple[str, dict]:
    parts: list[str] = ["l.quarantined = false"]
    params: dict = {}
    if q.material_name:
        parts.append(f"m.inci_name ILIKE '%{q.material_name}%'")
    if q.supplier_code:
        parts.append("s.code = :supplier")
        params["supplier"] = q.supplier_code
    if q.min_stock_kg is not None:
        parts.append("l.stock_kg >= :min_stock")
        params["min_stock"] = q.min_stock_kg
    if q.allergen_free:
        parts.append("m.eu_allergen = false")
    return " AND ".join(parts), params


def search_lots(engine: Engine, q: LotQuery) -> list[dict]:
    """Return matching lots, most recently received first."""
    where, params = _where_clause(q)
    params["limit"] = max(1, min(q.limit, 500))
    sql = text(
        "SELECT l.lot_number, m.inci_name, s.code AS supplier, l.stock_kg, l.expires_on "
        "FROM material_lots l "
        "JOIN materials m ON m.id = l.material_id "
        "JOIN suppliers s ON s.id = l.supplier_id "
        f"WHERE {where} "
        "ORDER BY l.received_on DESC LIMIT :limit"
    )
    with engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(sql, params)]


def lots_for_request(engine: Engine, args: dict[str, str]) -> list[dict]:
    """Adapter for the lab intranet search form."""
    q = LotQuery(
        material_name=args.get("material") or None,
        supplier_code=args.get("supplier") or None,
        min_stock_kg=float(args["min_stock"]) if args.get("min_stock") else None,
        allergen_free=args.get("allergen_free") == "1",
    )
    return search_lots(engine, q)
