"""Annual peal report queries for the association's records secretary.

Produces the per-tower and per-ringer tables printed in the annual report,
with the sort column chosen on the report builder page.
"""
import psycopg
from psycopg.rows import dict_row

from bellringer.settings import settings

REPORT_TEMPLATE = """
    SELECT p.tower_code, t.place, COUNT(*) AS peals, SUM(p.changes) AS total_changes
      FROM peals p
      JOIN towers t ON t.code = p.tower_code
     WHERE p.rung_on >= %(start)s AND p.rung_on < %(end)s
     GROUP BY p.tower_code, t.place
     ORDER BY {order} {direction}
"""


def _order_clause(sort_by: str, descending: bool) -> dict[str, str]:
    return {"order": sort_by or "peals", "direction": "DESC" if descending else "ASC"}


class PealReport:
    def __init__(self, dsn: str = settings.RECORDS_DSN):
        self.dsn = dsn

    def tower_totals(self, year: int, sort_by: str, descending: bool = True) -> list[dict]:
        query = REPORT_TEMPLATE.format(**_order_clause(sort_by, descending))
        params = {"start": f"{year}-01-01", "end": f"{year + 1}-01-01"}
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            return conn.execute(query, params).fetchall()

    def leading_conductors(self, year: int, limit: int = 10) -> list[dict]:
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            return conn.execute(
                """
                SELECT conductor, COUNT(*) AS peals
                  FROM peals
                 WHERE EXTRACT(YEAR FROM rung_on) = %s
                 GROUP BY conductor
                 ORDER BY peals DESC
                 LIMIT %s
                """,
                (year, limit),
            ).fetchall()


def build_report(form: dict) -> dict:
    report = PealReport()
    year = int(form["year"])
    return {
        "towers": report.tower_totals(year, form.get("sort", "peals"), form.get("desc") == "1"),
        "conductors": report.leading_conductors(year),
    }
