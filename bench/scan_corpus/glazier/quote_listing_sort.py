"""Sortable quote list for the sales dashboard."""
import enum
import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("quote_list", __name__)


class SortField(str, enum.Enum):
    issued = "issued_on"
    total = "total_inc_vat"
    customer = "customer_name"
    status = "status"


SORT_COLUMNS = {f.name: f.value for f in SortField}
PAGE_SIZE = 25


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["SALES_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def list_quotes(status: str | None, sort_key: str, descending: bool, page: int) -> list[dict]:
    column = SORT_COLUMNS.get(sort_key, SortField.issued.value)
    direction = "DESC" if descending else "ASC"
    where, params = "", []
    if status:
        where = "WHERE status = ?"
        params.append(status)
    sql = (
        "SELECT number, customer_name, status, issued_on, total_inc_vat "
        f"FROM quotes {where} ORDER BY {column} {direction} LIMIT ? OFFSET ?"
    )
    params += [PAGE_SIZE, max(page - 1, 0) * PAGE_SIZE]
    return [dict(r) for r in get_db().execute(sql, params).fetchall()]


@bp.get("/dashboard/quotes")
def quotes():
    rows = list_quotes(
        status=request.args.get("status"),
        sort_key=request.args.get("sort", "issued"),
        descending=request.args.get("order", "desc") == "desc",
        page=request.args.get("page", 1, type=int),
    )
    return jsonify(rows)
