"""Export of booth shift records for the payroll provider.

Payroll asks for a different set of columns each quarter; the export job
takes the column list from the request and composes the query with
psycopg's SQL composition helpers.
"""
import csv
import io

import psycopg
from psycopg import sql

from tollkeeper.config import settings

EXPORTABLE = {
    "staff_id", "booth_id", "plaza_code", "opened_at", "closed_at",
    "cash_counted_cents", "cash_expected_cents", "overtime_minutes",
}


def build_export_query(columns: list[str]) -> sql.Composed:
    chosen = [c for c in columns if c in EXPORTABLE] or ["staff_id", "opened_at", "closed_at"]
    return sql.SQL(
        "SELECT {fields} FROM booth_shifts WHERE closed_at >= %s AND closed_at < %s ORDER BY {first}"
    ).format(
        fields=sql.SQL(", ").join(sql.Identifier(c) for c in chosen),
        first=sql.Identifier(chosen[0]),
    )


def export_shifts(columns: list[str], period_start, period_end) -> str:
    query = build_export_query(columns)
    buffer = io.StringIO()
    with psycopg.connect(settings.DATABASE_URL) as conn:
        with conn.cursor() as cur:
            cur.execute(query, (period_start, period_end))
            writer = csv.writer(buffer)
            writer.writerow([d.name for d in cur.description])
            for row in cur:
                writer.writerow(row)
    return buffer.getvalue()
