"""Serve and regenerate the PDF hoof-care report written after each farrier visit."""
from __future__ import annotations

import os
from pathlib import Path

import psycopg
from flask import Flask, abort, send_file
from flask_login import LoginManager, login_required

from hoofcare.pdf import render_visit_report

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["STAFF_APP_SECRET_KEY"]
login_manager = LoginManager(app)

REPORT_ROOT = Path(os.environ.get("FARRIER_REPORT_ROOT", "/srv/hoofcare/reports"))


def _fetch_visit(visit_id: int) -> dict | None:
    with psycopg.connect(os.environ["CARE_DB_DSN"]) as conn:
        row = conn.execute(
            "SELECT v.id, v.visit_date, v.farrier_name, v.work_done, d.name "
            "FROM farrier_visits v JOIN donkeys d ON d.id = v.donkey_id WHERE v.id = %s",
            (visit_id,),
        ).fetchone()
    if row is None:
        return None
    keys = ("id", "visit_date", "farrier_name", "work_done", "donkey_name")
    return dict(zip(keys, row))


def report_path(visit: dict) -> Path:
    year = int(visit["visit_date"].year)
    return REPORT_ROOT / str(year) / f"visit-{int(visit['id']):08d}.pdf"


@app.get("/farrier/visits/<int:visit_id>/report.pdf")
@login_required
def visit_report(visit_id: int):
    visit = _fetch_visit(visit_id)
    if visit is None:
        abort(404)
    path = report_path(visit)
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(render_visit_report(visit))
    return send_file(
        path,
        mimetype="application/pdf",
        download_name=f"farrier-visit-{visit_id}.pdf",
    )


@app.post("/farrier/visits/<int:visit_id>/report/regenerate")
@login_required
def regenerate_report(visit_id: int):
    visit = _fetch_visit(visit_id)
    if visit is None:
        abort(404)
    path = report_path(visit)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(render_visit_report(visit))
    return {"regenerated": visit_id}
