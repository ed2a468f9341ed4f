"""Queries behind the dispatch manifest screen in the warehouse.

Dispatch clerks list the day's consignments, optionally for one carrier, and
sort by carrier, postcode, weight or pallet count before printing the
collection manifest for the driver.
"""
import sqlite3
from datetime import date
from enum import Enum

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("manifest", __name__)

SORT_COLUMNS = {
    "carrier": "c.carrier_code",
    "postcode": "c.delivery_postcode",
    "weight": "c.gross_weight_kg",
    "pallets": "c.pallet_count",
}


class Direction(str, Enum):
    ASC = "ASC"
    DESC = "DESC"


def manifest_rows(conn: sqlite3.Connection, day: date, sort_key: str,
                  direction: Direction, carrier: str | None) -> list[tuple]:
    column = SORT_COLUMNS[sort_key]
    sql = (
        "SELECT c.consignment_no, c.order_no, c.carrier_code, c.delivery_postcode, "
        "c.gross_weight_kg, c.pallet_count FROM consignments c "
        "WHERE c.dispatch_date = ?"
    )
    params: list = [day.isoformat()]
    if carrier:
        sql += " AND c.carrier_code = ?"
        params.append(carrier)
    sql += f" ORDER BY {column} {direction.value}, c.consignment_no"
    return conn.execute(sql, params).fetchall()


@bp.get("/dispatch/manifest")
def manifest():
    try:
        direction = Direction(request.args.get("dir", "ASC").upper())
        day = date.fromisoformat(request.args.get("day", date.today().isoformat()))
        with sqlite3.connect(current_app.config["DISPATCH_DB"]) as conn:
            rows = manifest_rows(
                conn,
                day,
                request.args.get("sort", "carrier"),
                direction,
                request.args.get("carrier"),
            )
    except (KeyError, ValueError):
        abort(400)
    return jsonify([list(r) for r in rows])
