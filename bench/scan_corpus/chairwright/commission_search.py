"""Search screen for the commissions book (bespoke Windsor and ladder-back orders)."""
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, g, render_template, request
from flask_login import login_required

bp = Blueprint("commissions", __name__, url_prefix="/commissions")

STATUSES = ("enquiry", "quoted", "deposit_paid", "on_the_bench", "finished", "delivered")


@dataclass
class CommissionFilter:
    text: str = ""
    status: str | None = None
    limit: int = 50


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["COMMISSIONS_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _filter_from_request() -> CommissionFilter:
    status = request.args.get("status")
    return CommissionFilter(
        text=request.args.get("q", "").strip(),
        status=status if status in STATUSES else None,
        limit=min(int(request.args.get("limit", 50)), 200),
    )


def find_commissions(flt: CommissionFilter) -> list[sqlite3.Row]:
    sql = (
        "SELECT id, client_name, chair_style, wood, status, promised_by "
        "FROM commissions WHERE 1=1"
    )
    params: list = []
    if flt.text:
        sql += f" AND (client_name LIKE '%{flt.text}%' OR chair_style LIKE '%{flt.text}%')"
    if flt.status:
        sql += " AND status = ?"
        params.append(flt.status)
    sql += " ORDER BY promised_by LIMIT ?"
    params.append(flt.limit)
    return get_db().execute(sql, params).fetchall()


@bp.get("/")
@login_required
def index():
    flt = _filter_from_request()
    rows = find_commissions(flt)
    return render_template("commissions/index.html", rows=rows, flt=flt, statuses=STATUSES)
