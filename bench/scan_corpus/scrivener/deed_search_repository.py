"""Search over the deed register used by the drafting desk."""
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, g, jsonify, request

bp = Blueprint("deed_search", __name__)

DB_PATH = "/var/lib/scrivener/registry.db"


@dataclass
class DeedHit:
    id: int
    reference: str
    grantor: str
    grantee: str
    recorded_on: str


class DeedSearchRepository:
    columns = "id, reference, grantor, grantee, recorded_on"

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def by_reference(self, reference: str) -> DeedHit | None:
        row = self.conn.execute(
            f"SELECT {self.columns} FROM deeds WHERE reference = ?", (reference,)
        ).fetchone()
        return DeedHit(*row) if row else None

    def by_party(self, name: str, limit: int = 50) -> list[DeedHit]:
        pattern = f"%{name.strip()}%"
        sql = f"SELECT {self.columns} FROM deeds WHERE grantor LIKE '{pattern}' OR grantee LIKE '{pattern}' ORDER BY recorded_on DESC LIMIT ?"
        return [DeedHit(*row) for row in self.conn.execute(sql, (limit,))]

    def recorded_between(self, start: str, end: str) -> list[DeedHit]:
        rows = self.conn.execute(
            f"SELECT {self.columns} FROM deeds WHERE recorded_on BETWEEN ? AND ? "
            "ORDER BY recorded_on",
            (start, end),
        )
        return [DeedHit(*row) for row in rows]


def _repo() -> DeedSearchRepository:
    if "registry" not in g:
        g.registry = sqlite3.connect(DB_PATH)
    return DeedSearchRepository(g.registry)


@bp.get("/deeds/search")
def search():
    party = request.args.get("party", "")
    if len(party) < 3:
        return jsonify({"error": "enter at least three characters"}), 400
    limit = min(int(request.args.get("limit", 50)), 200)
    hits = _repo().by_party(party, limit)
    return jsonify([hit.__dict__ for hit in hits])
