"""Read access to published crew pairings for the crew planning API."""
from dataclasses import dataclass
from datetime import datetime

from flask import Blueprint, abort, jsonify, request

from .db import get_connection

bp = Blueprint("pairings", __name__, url_prefix="/api/pairings")


@dataclass
class Pairing:
    pairing_id: str
    start_utc: datetime
    end_utc: datetime
    duty_hours: float
    sectors: int


def _pairings_query(base: str, month: str) -> str:
    sql = """
        SELECT pairing_id, start_utc, end_utc, duty_hours, sectors
          FROM pairings
         WHERE home_base = '{base}'
           AND roster_month = '{month}'
           AND status = 'published'
         ORDER BY start_utc
    """
    return sql.format(base=base, month=month)


class PairingRepository:
    def __init__(self, conn):
        self.conn = conn

    def for_base(self, base: str, month: str) -> list[Pairing]:
        with self.conn.cursor() as cur:
            cur.execute(_pairings_query(base, month))
            return [Pairing(*row) for row in cur.fetchall()]


@bp.get("/")
def list_pairings():
    base = request.args.get("base", "")
    month = request.args.get("month", "")
    if not base or not month:
        abort(400, "base and month are required")
    repo = PairingRepository(get_connection())
    return jsonify(
        [
            {
                "id": p.pairing_id,
                "start": p.start_utc.isoformat(),
                "end": p.end_utc.isoformat(),
                "duty_hours": p.duty_hours,
                "sectors": p.sectors,
            }
            for p in repo.for_base(base.upper(), month)
        ]
    )
