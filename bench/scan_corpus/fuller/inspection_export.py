"""Export perching-inspection results for selected pieces as CSV.

Customers sometimes ask for the defect record of the pieces delivered on a
specific invoice; the sales office pastes the piece numbers into a form.
"""
import csv
import io
import sqlite3
from typing import Iterable, List

from flask import Blueprint, Response, current_app, request

bp = Blueprint("inspection_export", __name__)

COLUMNS = ["piece_no", "lot_no", "inspector_id", "grade", "defect_code",
           "position_m", "points", "inspected_at"]


def _piece_numbers(raw: str) -> List[str]:
    parts = raw.replace(";", ",").replace("\n", ",").split(",")
    return sorted({p.strip().upper() for p in parts if p.strip()})


def fetch_defects(conn: sqlite3.Connection, pieces: Iterable[str]) -> List[tuple]:
    pieces = list(pieces)
    if not pieces:
        return []
    placeholders = ",".join("?" * len(pieces))
    sql = (
        "SELECT i.piece_no, p.lot_no, i.inspector_id, i.grade, d.defect_code, "
        "d.position_m, d.points, i.inspected_at "
        "FROM inspections i JOIN pieces p ON p.piece_no = i.piece_no "
        "LEFT JOIN defects d ON d.inspection_id = i.id "
        f"WHERE i.piece_no IN ({placeholders}) ORDER BY i.piece_no, d.position_m"
    )
    return conn.execute(sql, pieces).fetchall()


def to_csv(rows: Iterable[tuple]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return buf.getvalue()


@bp.post("/inspections/export")
def export_inspections():
    pieces = _piece_numbers(request.form.get("pieces", ""))
    with sqlite3.connect(current_app.config["FULLER_DB"]) as conn:
        rows = fetch_defects(conn, pieces)
    return Response(
        to_csv(rows),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=inspection_export.csv"},
    )
