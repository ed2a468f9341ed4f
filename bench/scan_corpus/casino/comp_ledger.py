"""Loyalty comp ledger queries used by the host / VIP backoffice."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import psycopg2.extras


@dataclass
class CompFilter:
    player_id: int
    comp_types: list[str] = field(default_factory=list)
    start: date | None = None
    end: date | None = None


def filter_from_query(args) -> CompFilter:
    """Build a filter from the backoffice search form (werkzeug MultiDict)."""
    return CompFilter(
        player_id=int(args["player_id"]),
        comp_types=args.getlist("comp_type"),
        start=date.fromisoformat(args["start"]) if args.get("start") else None,
        end=date.fromisoformat(args["end"]) if args.get("end") else None,
    )


def build_comp_query(f: CompFilter) -> tuple[str, dict]:
    where = ["c.player_id = %(player_id)s"]
    params: dict = {"player_id": f.player_id}
    if f.comp_types:
        types = ", ".join(f"'{t}'" for t in f.comp_types)
        where.append(f"c.comp_type IN ({types})")
    if f.start:
        where.append("c.issued_at >= %(start)s")
        params["start"] = f.start
    if f.end:
        where.append("c.issued_at < %(end)s")
        params["end"] = f.end
    sql = (
        "SELECT c.id, c.comp_type, c.amount, c.issued_at, c.issued_by "
        "FROM loyalty_comps c WHERE " + " AND ".join(where) + " ORDER BY c.issued_at DESC"
    )
    return sql, params


class CompLedger:
    def __init__(self, conn):
        self._conn = conn

    def comps(self, f: CompFilter) -> list[dict]:
        sql, params = build_comp_query(f)
        with self._conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql, params)
            return cur.fetchall()

    def total_value(self, f: CompFilter) -> Decimal:
        return sum((row["amount"] for row in self.comps(f)), Decimal("0"))
