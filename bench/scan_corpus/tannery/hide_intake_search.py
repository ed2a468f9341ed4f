"""Search screen for raw hide intake records (traceability back to the farm)."""
import sqlite3
from dataclasses import asdict, dataclass

from flask import Blueprint, g, jsonify, request

bp = Blueprint("intake_search", __name__, url_prefix="/intake")

INTAKE_DB = "/srv/tannery/intake.db"
PAGE_SIZE = 50


@dataclass
class IntakeRecord:
    id: int
    ear_tag: str
    supplier_name: str
    origin_country: str
    received_on: str
    weight_kg: float


def _db() -> sqlite3.Connection:
    if "intake_db" not in g:
        g.intake_db = sqlite3.connect(INTAKE_DB)
    return g.intake_db


def search_intake(supplier: str, country: str | None, page: int) -> list[IntakeRecord]:
    sql = (
        "SELECT id, ear_tag, supplier_name, origin_country, received_on, weight_kg "
        f"FROM hide_intake WHERE supplier_name LIKE '%{supplier}%'"
    )
    params: list = []
    if country:
        sql += " AND origin_country = ?"
        params.append(country)
    sql += " ORDER BY received_on DESC LIMIT ? OFFSET ?"
    params += [PAGE_SIZE, max(page, 0) * PAGE_SIZE]
    rows = _db().execute(sql, params).fetchall()
    return [IntakeRecord(*row) for row in rows]


@bp.get("/search")
def search():
    supplier = request.args.get("supplier", "").strip()
    country = request.args.get("country") or None
    page = request.args.get("page", 0, type=int)
    records = search_intake(supplier, country, page)
    return jsonify({"page": page, "results": [asdict(r) for r in records]})


@bp.get("/<int:record_id>")
def detail(record_id: int):
    row = _db().execute(
        "SELECT id, ear_tag, supplier_name, origin_country, received_on, weight_kg "
        "FROM hide_intake WHERE id = ?",
        (record_id,),
    ).fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(asdict(IntakeRecord(*row)))
