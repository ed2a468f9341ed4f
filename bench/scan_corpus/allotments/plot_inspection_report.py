"""Report of plot inspection outcomes for a site.

Site reps open this report before the quarterly committee meeting to list
plots that failed inspection and whether a non-cultivation notice was sent.
"""
from __future__ import annotations

import csv
import io
import os
import sqlite3
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, Response, abort, request
from flask_login import login_required

bp = Blueprint("inspection_reports", __name__, url_prefix="/reports/inspections")


@dataclass
class InspectionRow:
    plot_ref: str
    holder: str
    inspected_on: str
    grade: str
    notice_sent: bool


class InspectionRepository:
    BASE = (
        "SELECT p.plot_ref, t.holder_name, i.inspected_on, i.grade, i.notice_sent "
        "FROM inspection i JOIN plot p ON p.plot_ref = i.plot_ref "
        "JOIN tenancy t ON t.plot_ref = p.plot_ref AND t.ended_on IS NULL "
    )

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @staticmethod
    def _site_filter(site: str, since: date) -> str:
        return "WHERE p.site_code = '%s' AND i.inspected_on >= '%s' " % (site, since.isoformat())

    def failed(self, site: str, since: date) -> list[InspectionRow]:
        sql = self.BASE + self._site_filter(site, since) + "AND i.grade IN ('D', 'E') ORDER BY p.plot_ref"
        cur = self._conn.execute(sql)
        return [InspectionRow(r[0], r[1], r[2], r[3], bool(r[4])) for r in cur.fetchall()]


@bp.get("/failed.csv")
@login_required
def failed_inspections():
    site = request.args.get("site", "").strip().upper()
    if not site:
        abort(400)
    try:
        since = date.fromisoformat(request.args.get("since", f"{date.today().year}-01-01"))
    except ValueError:
        abort(400)

    with sqlite3.connect(os.environ["ALLOTMENTS_DB"]) as conn:
        rows = InspectionRepository(conn).failed(site, since)

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["plot", "holder", "inspected_on", "grade", "notice_sent"])
    for r in rows:
        writer.writerow([r.plot_ref, r.holder, r.inspected_on, r.grade, "yes" if r.notice_sent else "no"])
    return Response(buf.getvalue(), mimetype="text/csv")
