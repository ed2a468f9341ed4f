"""Break-load summary across production runs for the QA dashboard.

QA picks a handful of run numbers (for example R24-1183 and R24-1184) and gets
the sample count, mean and minimum break load per rope construction.
"""
import sqlite3
from typing import Annotated

from fastapi import FastAPI, Query

app = FastAPI(title="QA dashboard")
QA_DB = "/srv/ropewalk/qa/tensile.sqlite3"


def _quoted_list(values: list[str]) -> str:
    return ", ".join(f"'{v.strip()}'" for v in values)


def run_summary(conn: sqlite3.Connection, run_numbers: list[str]) -> list[dict]:
    query = f"""
        SELECT r.run_number,
               p.construction,
               COUNT(t.id)          AS samples,
               AVG(t.break_load_kn) AS mean_kn,
               MIN(t.break_load_kn) AS min_kn
          FROM tensile_tests t
          JOIN production_runs r ON r.id = t.run_id
          JOIN products p ON p.sku = r.sku
         WHERE r.run_number IN ({_quoted_list(run_numbers)})
         GROUP BY r.run_number, p.construction
         ORDER BY r.run_number
    """
    conn.row_factory = sqlite3.Row
    return [dict(row) for row in conn.execute(query)]


@app.get("/qa/run-summary")
def summary(runs: Annotated[list[str], Query(min_length=1, max_length=20)]):
    with sqlite3.connect(QA_DB) as conn:
        return {"runs": run_summary(conn, runs)}
