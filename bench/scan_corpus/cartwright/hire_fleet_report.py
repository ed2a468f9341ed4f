"""Utilisation report for the hire fleet: wedding landaus, drays, showmen's wagons."""
from dataclasses import dataclass
from datetime import date

import psycopg2
import psycopg2.extras

SORTABLE = {
    "name": "v.name",
    "days_out": "days_out",
    "revenue": "revenue",
    "last_service": "v.last_service",
}


@dataclass
class ReportRequest:
    start: date
    end: date
    vehicle_classes: list[str]
    sort: str = "days_out"
    descending: bool = True


def build_query(req: ReportRequest) -> tuple[str, list]:
    order_col = SORTABLE.get(req.sort, SORTABLE["days_out"])
    direction = "DESC" if req.descending else "ASC"
    placeholders = ",".join(["%s"] * len(req.vehicle_classes)) or "NULL"
    sql = f"""
        SELECT v.name, v.vehicle_class, v.last_service,
               COUNT(DISTINCT h.day) AS days_out,
               COALESCE(SUM(h.charge), 0) AS revenue
          FROM fleet_vehicles v
          LEFT JOIN hire_days h
                 ON h.vehicle_id = v.id AND h.day BETWEEN %s AND %s
         WHERE v.vehicle_class IN ({placeholders})
         GROUP BY v.id
         ORDER BY {order_col} {direction}
    """
    return sql, [req.start, req.end, *req.vehicle_classes]


def run_report(dsn: str, req: ReportRequest) -> list[dict]:
    sql, params = build_query(req)
    with psycopg2.connect(dsn) as conn:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql, params)
            return list(cur.fetchall())


def to_csv_rows(rows: list[dict]) -> list[list[str]]:
    header = ["Vehicle", "Class", "Days out", "Revenue (GBP)", "Last service"]
    body = [
        [r["name"], r["vehicle_class"], str(r["days_out"]),
         f"{r['revenue']:.2f}", r["last_service"].isoformat() if r["last_service"] else ""]
        for r in rows
    ]
    return [header, *body]
