"""Reporting queries behind the monthly duty return: production and release by tax band."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg

GROUPINGS = {
    "band": "duty_band",
    "beer": "beer_name",
    "package": "package_type",
}
MEASURES = {
    "litres": "SUM(litres)",
    "lpa": "SUM(litres * abv / 100.0)",
}


@dataclass
class DutyRow:
    key: str
    value: float


def _build_sql(group_by: str, measure: str) -> str:
    column = GROUPINGS[group_by]
    aggregate = MEASURES[measure]
    return (
        f"SELECT {column} AS key, {aggregate} AS value "
        "FROM duty_movements "
        "WHERE movement_date >= %s AND movement_date <= %s AND movement_type = %s "
        f"GROUP BY {column} ORDER BY {column}"
    )


def duty_summary(
    conn: psycopg.Connection,
    start: date,
    end: date,
    group_by: str = "band",
    measure: str = "lpa",
    movement_type: str = "release",
) -> list[DutyRow]:
    if group_by not in GROUPINGS or measure not in MEASURES:
        raise ValueError("unsupported grouping or measure")
    sql = _build_sql(group_by, measure)
    with conn.cursor() as cur:
        cur.execute(sql, (start, end, movement_type))
        return [DutyRow(key=str(k), value=float(v or 0)) for k, v in cur.fetchall()]


def small_producer_relief_eligible(conn: psycopg.Connection, year: int) -> bool:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT COALESCE(SUM(litres * abv / 100.0), 0) FROM duty_movements "
            "WHERE movement_type = 'production' AND EXTRACT(YEAR FROM movement_date) = %s",
            (year,),
        )
        lpa = float(cur.fetchone()[0])
    return lpa < 4_500


if __name__ == "__main__":
    import os
    import sys

    with psycopg.connect(os.environ["BREWERY_DB_DSN"]) as conn:
        for row in duty_summary(conn, date.fromisoformat(sys.argv[1]), date.fromisoformat(sys.argv[2]),
                                group_by=sys.argv[3] if len(sys.argv) > 3 else "band"):
            print(f"{row.key:<20} {row.value:>12.2f}")
