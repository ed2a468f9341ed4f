"""Treasurer's fee summaries, grouped by a caller-chosen column."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import psycopg
from psycopg import sql

GROUPABLE = frozenset({"tower_name", "fee_type", "district"})


@dataclass
class FeeTotal:
    group: str
    payments: int
    total: Decimal


class FeeSummaryRepository:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def totals(self, year: int, group_by: str = "tower_name",
               district: str | None = None) -> list[FeeTotal]:
        if group_by not in GROUPABLE:
            raise ValueError(f"cannot group by {group_by!r}")
        where = [sql.SQL("EXTRACT(YEAR FROM paid_on) = {}").format(sql.Placeholder("year"))]
        params: dict[str, object] = {"year": year}
        if district:
            where.append(sql.SQL("district = {}").format(sql.Placeholder("district")))
            params["district"] = district
        query = sql.SQL(
            "SELECT {col}, count(*), coalesce(sum(amount), 0) FROM fee_ledger "
            "WHERE {where} GROUP BY {col} ORDER BY {col}"
        ).format(col=sql.Identifier(group_by), where=sql.SQL(" AND ").join(where))
        with psycopg.connect(self._conninfo) as conn, conn.cursor() as cur:
            cur.execute(query, params)
            return [FeeTotal(str(g), int(n), Decimal(t)) for g, n, t in cur.fetchall()]

    def outstanding(self, year: int) -> list[tuple[str, str]]:
        with psycopg.connect(self._conninfo) as conn:
            return conn.execute(
                "SELECT m.member_name, m.tower_name FROM members m "
                "WHERE m.active AND NOT EXISTS ("
                "  SELECT 1 FROM fee_ledger f WHERE f.member_id = m.member_id "
                "  AND f.fee_type = 'subscription' AND EXTRACT(YEAR FROM f.paid_on) = %s)",
                (year,),
            ).fetchall()
