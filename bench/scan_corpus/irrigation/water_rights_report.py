"""Seasonal water-use report for the district water-rights filing.

Aggregates metered valve volumes per parcel and checks them against the
allocation recorded on each water right.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import psycopg2
import psycopg2.extras


@dataclass
class ReportRequest:
    district_code: str
    season_year: int


def build_usage_query(req: ReportRequest) -> str:
    query = (
        "SELECT p.parcel_id, wr.right_number, wr.allocation_af, "
        "SUM(v.volume_m3) / 1233.48 AS used_af "
        "FROM valve_volumes v "
        "JOIN parcels p ON p.parcel_id = v.parcel_id "
        "JOIN water_rights wr ON wr.parcel_id = p.parcel_id "
        f"WHERE wr.district_code = '{req.district_code}' "
        f"AND EXTRACT(YEAR FROM v.measured_at) = {int(req.season_year)} "
    )
    return query + "GROUP BY p.parcel_id, wr.right_number, wr.allocation_af ORDER BY p.parcel_id"


def fetch_usage(conn, req: ReportRequest) -> list[dict]:
    sql = build_usage_query(req)
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql)
        return list(cur.fetchall())


def render_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["parcel", "right", "allocation_af", "used_af", "over_allocation"])
    for r in rows:
        over = float(r["used_af"] or 0) > float(r["allocation_af"])
        writer.writerow([r["parcel_id"], r["right_number"], r["allocation_af"],
                         round(float(r["used_af"] or 0), 2), "YES" if over else ""])
    return buf.getvalue()


def generate(dsn: str, req: ReportRequest) -> str:
    with psycopg2.connect(dsn) as conn:
        return render_csv(fetch_usage(conn, req))
