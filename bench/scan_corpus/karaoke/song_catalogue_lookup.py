"""Song search for the in-room tablets.

Backed by the catalogue snapshot that each venue keeps in SQLite so search
still works if the uplink to head office drops.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterable

from flask import Flask, jsonify, request

app = Flask(__name__)
CATALOGUE_DB = "/var/lib/karaoke/catalogue.sqlite3"
PAGE_SIZE = 30


@dataclass
class SongRow:
    song_id: int
    title: str
    artist: str
    language: str
    duration_s: int


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{CATALOGUE_DB}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def _match_clause(columns: Iterable[str], term: str) -> str:
    parts = [f"{col} LIKE '%{term}%'" for col in columns]
    return "(" + " OR ".join(parts) + ")"


def search_songs(term: str, language: str | None, page: int) -> list[SongRow]:
    where = [_match_clause(("title", "artist"), term.strip())]
    params: list[object] = []
    if language:
        where.append("language = ?")
        params.append(language)
    sql = (
        "SELECT song_id, title, artist, language, duration_s FROM songs "
        "WHERE licensed = 1 AND " + " AND ".join(where) +
        " ORDER BY popularity DESC LIMIT ? OFFSET ?"
    )
    params.extend([PAGE_SIZE, max(page, 0) * PAGE_SIZE])
    with _connect() as conn:
        rows = conn.execute(sql, params).fetchall()
    return [SongRow(**dict(r)) for r in rows]


@app.get("/tablet/songs")
def tablet_search():
    term = request.args.get("q", "")
    if len(term) < 2:
        return jsonify(results=[])
    songs = search_songs(term, request.args.get("lang"), request.args.get("page", 0, type=int))
    return jsonify(results=[s.__dict__ for s in songs])
