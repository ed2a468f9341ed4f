"""Search service behind the roll library's catalogue page and the restorers' lookup tool."""
from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from typing import List, Optional

from flask import Flask, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env("ORGAN")


@dataclass
class RollHit:
    id: int
    title: str
    arranger: str
    scale: str
    condition: str


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class RollCatalogue:
    base_sql = (
        "SELECT id, title, arranger, scale, condition FROM rolls "
        "WHERE withdrawn = 0"
    )

    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def search(self, text: str, arranger: Optional[str] = None, limit: int = 25) -> List[RollHit]:
        clauses = [self.base_sql, "AND title LIKE ? ESCAPE '\\'"]
        params: list = [f"%{_escape_like(text)}%"]
        if arranger:
            clauses.append("AND arranger = ?")
            params.append(arranger)
        clauses.append("ORDER BY title LIMIT ?")
        params.append(limit)
        cursor = self.conn.execute(" ".join(clauses), params)
        return [RollHit(**dict(row)) for row in cursor]

    def close(self) -> None:
        self.conn.close()


@app.get("/catalogue/search")
def catalogue_search():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(error="search term too short"), 400
    arranger = request.args.get("arranger") or None
    limit = max(1, min(request.args.get("limit", type=int, default=25), 100))
    catalogue = RollCatalogue(app.config.get("ROLL_DB", "rolls.sqlite3"))
    try:
        hits = catalogue.search(term, arranger, limit)
    finally:
        catalogue.close()
    return jsonify(results=[asdict(h) for h in hits], count=len(hits))
