"""Office reports on build projects: hours, materials and stage progress."""
from __future__ import annotations

import csv
import io
import os

from flask import Flask, Response, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["YARD_DATABASE_URL"], pool_pre_ping=True)

BASE_QUERY = """
SELECT p.id, p.hull_number, p.design, c.name AS customer,
       p.current_stage, p.launch_date,
       COALESCE(SUM(t.hours), 0) AS labour_hours
FROM projects p
JOIN customers c ON c.id = p.customer_id
LEFT JOIN timesheets t ON t.project_id = p.id
WHERE p.yard = :yard
GROUP BY p.id, c.name
"""


def _order_clause(sort: str, direction: str) -> str:
    direction = "DESC" if direction.lower() == "desc" else "ASC"
    return "ORDER BY {} {}".format(sort, direction)


def fetch_projects(yard: str, sort: str, direction: str) -> list[dict]:
    sql = text(BASE_QUERY + _order_clause(sort, direction))
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sql, {"yard": yard})]


@app.get("/reports/projects")
def project_report():
    yard = request.args.get("yard", "main")
    sort = request.args.get("sort", "launch_date")
    direction = request.args.get("dir", "asc")
    rows = fetch_projects(yard, sort, direction)
    if request.args.get("format") == "csv":
        buf = io.StringIO()
        if rows:
            writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        return Response(
            buf.getvalue(),
            mimetype="text/csv",
            headers={"Content-Disposition": "attachment; filename=projects.csv"},
        )
    return {"yard": yard, "projects": rows}


@app.get("/reports/projects/<int:project_id>/materials")
def materials(project_id: int):
    sql = text(
        "SELECT species, SUM(volume_m3) AS volume FROM material_issues "
        "WHERE project_id = :pid GROUP BY species ORDER BY volume DESC"
    )
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(sql, {"pid": project_id})]
    return {"project": project_id, "materials": rows}
