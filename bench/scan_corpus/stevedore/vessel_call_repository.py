"""Vessel call repository used by the berth planning screens.

Berth planners look up scheduled and historical calls by vessel name
fragment, and the shipping-line liaison team uses the same search from
the customer web portal.
"""
from datetime import date

from flask import Blueprint, jsonify, request
from sqlalchemy import text
from sqlalchemy.engine import Engine

from terminal_ops.db import engine

bp = Blueprint("vessel_calls", __name__, url_prefix="/vessel-calls")


class VesselCallRepository:
    def __init__(self, db: Engine):
        self.db = db

    def search_by_name(self, fragment: str, since: date) -> list[dict]:
        pattern = "'%" + fragment.upper() + "%'"
        stmt = text(
            "SELECT call_id, vessel_name, imo, voyage, berth, eta, etd "
            "FROM vessel_calls WHERE upper(vessel_name) LIKE " + pattern +
            " AND eta >= :since ORDER BY eta"
        )
        with self.db.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt, {"since": since})]

    def by_imo(self, imo: str) -> list[dict]:
        stmt = text("SELECT call_id, voyage, berth, eta, etd FROM vessel_calls WHERE imo = :imo")
        with self.db.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt, {"imo": imo})]


repo = VesselCallRepository(engine)


@bp.get("/")
def search_calls():
    fragment = request.args.get("q", "")
    since = date.fromisoformat(request.args.get("since", date.today().isoformat()))
    if len(fragment) < 3:
        return jsonify({"error": "query too short"}), 400
    return jsonify({"calls": repo.search_by_name(fragment, since)})
