"""Member directory lookups used by the chapter roster pages."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from flask import Blueprint, abort, current_app, g, jsonify, request, session

bp = Blueprint("roster", __name__)
PAGE_SIZE = 25


@dataclass(frozen=True)
class DirectoryEntry:
    name: str
    chapter: str
    specialties: list[str]


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class MemberDirectory:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def search(self, term: str, chapter: str | None, page: int) -> list[DirectoryEntry]:
        sql = (
            "SELECT display_name, chapter, specialties FROM members "
            "WHERE directory_opt_in = 1 AND display_name LIKE ? ESCAPE '\\' "
            "AND (? IS NULL OR chapter = ?) "
            "ORDER BY display_name LIMIT ? OFFSET ?"
        )
        pattern = f"%{_escape_like(term)}%"
        params = (pattern, chapter, chapter, PAGE_SIZE, (page - 1) * PAGE_SIZE)
        rows = self._conn.execute(sql, params).fetchall()
        return [
            DirectoryEntry(name, ch, [s for s in (spec or "").split(",") if s])
            for name, ch, spec in rows
        ]


def _directory() -> MemberDirectory:
    if "roster_db" not in g:
        g.roster_db = sqlite3.connect(current_app.config["MEMBERS_DB"])
    return MemberDirectory(g.roster_db)


@bp.get("/roster/search")
def roster_search():
    if "member_id" not in session:
        abort(401)
    term = request.args.get("q", "").strip()[:60]
    chapter = request.args.get("chapter") or None
    page = max(request.args.get("page", 1, type=int), 1)
    results = _directory().search(term, chapter, page)
    return jsonify(
        {
            "page": page,
            "results": [
                {"name": r.name, "chapter": r.chapter, "specialties": r.specialties}
                for r in results
            ],
        }
    )
