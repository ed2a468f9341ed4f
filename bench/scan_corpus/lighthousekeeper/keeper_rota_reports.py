"""Reports over the keepers' watch rota for the duty manager dashboard."""
import sqlite3
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, abort, jsonify, request

from lighthousekeeper.auth import staff_required
from lighthousekeeper.settings import settings

bp = Blueprint("rota_reports", __name__, url_prefix="/rota")


@dataclass
class RotaQuery:
    station: str
    start: date
    end: date
    keeper: str | None = None

    def clauses(self) -> tuple[list[str], list]:
        parts = ["station_code = ?", "watch_date BETWEEN ? AND ?"]
        params: list = [self.station, self.start.isoformat(), self.end.isoformat()]
        if self.keeper:
            parts.append(f"keeper_name LIKE '%{self.keeper}%'")
        return parts, params


def fetch_watches(query: RotaQuery) -> list[dict]:
    where, params = query.clauses()
    sql = (
        "SELECT watch_date, watch_slot, keeper_name, relief_keeper, notes "
        "FROM rota_watch WHERE " + " AND ".join(where) + " ORDER BY watch_date, watch_slot"
    )
    with sqlite3.connect(settings.ROTA_DB_PATH) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(sql, params)]


@bp.get("/report")
@staff_required
def rota_report():
    try:
        query = RotaQuery(
            station=request.args["station"],
            start=date.fromisoformat(request.args["from"]),
            end=date.fromisoformat(request.args["to"]),
            keeper=request.args.get("keeper"),
        )
    except (KeyError, ValueError):
        abort(400)
    return jsonify(watches=fetch_watches(query))
