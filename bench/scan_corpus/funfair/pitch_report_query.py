"""Sortable, filterable pitch report for the lessee's ground-rent invoicing screen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row

SORT_COLUMNS = {
    "ref": "p.ref",
    "ground": "g.name",
    "frontage": "p.frontage_m",
    "rent": "b.rent_due",
    "arrival": "b.arrive_on",
}
SORT_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class ReportRequest:
    ground: str | None = None
    from_date: date | None = None
    sort: str = "ref"
    direction: str = "asc"
    limit: int = 200


def build_report_sql(req: ReportRequest) -> tuple[str, list]:
    conditions = ["b.status = 'confirmed'"]
    params: list = []
    if req.ground:
        conditions.append("g.name = %s")
        params.append(req.ground)
    if req.from_date:
        conditions.append("b.arrive_on >= %s")
        params.append(req.from_date)
    order_col = SORT_COLUMNS.get(req.sort, SORT_COLUMNS["ref"])
    order_dir = SORT_DIRECTIONS.get(req.direction.lower(), "ASC")
    sql = (
        "SELECT p.ref, g.name AS ground, p.frontage_m, b.showman_name, "
        "b.arrive_on, b.depart_on, b.rent_due "
        "FROM pitch_bookings b JOIN pitches p ON p.id = b.pitch_id "
        "JOIN grounds g ON g.id = p.ground_id "
        f"WHERE {' AND '.join(conditions)} "
        f"ORDER BY {order_col} {order_dir} LIMIT %s"
    )
    params.append(max(1, min(int(req.limit), 1000)))
    return sql, params


class PitchReport:
    def __init__(self, conninfo: str) -> None:
        self.conninfo = conninfo

    def run(self, req: ReportRequest) -> list[dict]:
        sql, params = build_report_sql(req)
        with psycopg.connect(self.conninfo, row_factory=dict_row) as conn:
            return conn.execute(sql, params).fetchall()

    def total_rent(self, req: ReportRequest) -> float:
        return float(sum(row["rent_due"] or 0 for row in self.run(req)))


def request_from_args(args: dict) -> ReportRequest:
    return ReportRequest(
        ground=args.get("ground") or None,
        from_date=date.fromisoformat(args["from"]) if args.get("from") else None,
        sort=args.get("sort", "ref"),
        direction=args.get("dir", "asc"),
        limit=int(args.get("limit", 200)),
    )
