"""Catalogue search used by the booking website's "plan your playlist" page."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Sequence

from flask import Blueprint, jsonify, request

bp = Blueprint("song_search", __name__)
DB_PATH = "/var/lib/karaoke/catalogue.sqlite3"


@dataclass
class Song:
    song_id: int
    title: str
    artist: str
    decade: int | None


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class SongSearchRepository:
    def __init__(self, path: str = DB_PATH) -> None:
        self._conn = sqlite3.connect(path, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row

    def search(self, term: str, decades: Sequence[int] = (), limit: int = 25) -> list[Song]:
        pattern = f"%{_escape_like(term.strip())}%"
        sql = (
            "SELECT song_id, title, artist, decade FROM songs "
            "WHERE licensed = 1 AND (title LIKE ? ESCAPE '\\' OR artist LIKE ? ESCAPE '\\')"
        )
        params: list[object] = [pattern, pattern]
        if decades:
            sql += " AND decade IN (" + ", ".join("?" for _ in decades) + ")"
            params.extend(int(d) for d in decades)
        sql += " ORDER BY popularity DESC LIMIT ?"
        params.append(limit)
        rows = self._conn.execute(sql, params).fetchall()
        return [Song(**dict(r)) for r in rows]


repo = SongSearchRepository()


@bp.get("/playlist-planner/search")
def planner_search():
    term = request.args.get("q", "")
    if len(term) < 2:
        return jsonify(songs=[])
    decades = [int(d) for d in request.args.getlist("decade") if d.isdigit()]
    songs = repo.search(term, decades, limit=min(request.args.get("limit", 25, type=int), 100))
    return jsonify(songs=[s.__dict__ for s in songs])
