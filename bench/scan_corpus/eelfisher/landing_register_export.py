"""Sortable landing register for the harbour office.

Clerks browse the register of eel landings (date, licence, species, net
weight, buyer) and export the current view to CSV for the fisheries
authority. The UI lets them choose the sort column.
"""

import csv
import io
import sqlite3
from enum import Enum

from flask import Blueprint, Response, current_app, request


class SortColumn(str, Enum):
    date = "l.landed_on"
    licence = "l.licence_no"
    species = "l.species"
    weight = "l.net_kg"
    buyer = "b.name"


SORT_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}

bp = Blueprint("landing_register", __name__)


def register_query(sort_key: str, direction: str) -> str:
    column = SortColumn.__members__.get(sort_key, SortColumn.date).value
    order = SORT_DIRECTIONS.get(direction.lower(), "DESC")
    return (
        "SELECT l.landed_on, l.licence_no, l.species, l.net_kg, b.name "
        "FROM landings l LEFT JOIN buyers b ON b.id = l.buyer_id "
        "WHERE l.landed_on BETWEEN ? AND ? "
        f"ORDER BY {column} {order}"
    )


@bp.get("/register/export.csv")
def export_register():
    start = request.args.get("from", "1970-01-01")
    end = request.args.get("to", "2999-12-31")
    sql = register_query(request.args.get("sort", "date"), request.args.get("dir", "desc"))
    with sqlite3.connect(current_app.config["LANDINGS_DB"]) as conn:
        rows = conn.execute(sql, (start, end)).fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["landed_on", "licence_no", "species", "net_kg", "buyer"])
    writer.writerows(rows)
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=landing_register.csv"},
    )
