"""Repository for tutors' session notes, with a simple keyword search."""
import sqlite3
from dataclasses import dataclass
from typing import List, Optional

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("session_notes", __name__)


@dataclass
class NoteHit:
    note_id: int
    lesson_id: int
    student_name: str
    excerpt: str


def _like_pattern(phrase: str) -> str:
    escaped = phrase.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class SessionNotesRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def search(self, tutor_id: int, phrase: str, limit: int = 25) -> List[NoteHit]:
        sql = (
            "SELECT n.id, n.lesson_id, s.first_name || ' ' || s.last_name, substr(n.body, 1, 160) "
            "FROM session_notes n JOIN students s ON s.id = n.student_id "
            "WHERE n.tutor_id = ? AND n.body LIKE ? ESCAPE '\\' "
            "ORDER BY n.created_at DESC LIMIT ?"
        )
        rows = self._conn.execute(sql, (tutor_id, _like_pattern(phrase), limit)).fetchall()
        return [NoteHit(*row) for row in rows]

    def get(self, tutor_id: int, note_id: int) -> Optional[dict]:
        row = self._conn.execute(
            "SELECT id, lesson_id, body, created_at FROM session_notes WHERE id = ? AND tutor_id = ?",
            (note_id, tutor_id),
        ).fetchone()
        if row is None:
            return None
        return {"id": row[0], "lesson": row[1], "body": row[2], "created_at": row[3]}


def _db() -> sqlite3.Connection:
    if "notes_db" not in g:
        g.notes_db = sqlite3.connect(current_app.config["NOTES_DB_PATH"])
    return g.notes_db


@bp.get("/tutor/notes/search")
def search_notes():
    phrase = request.args.get("q", "").strip()
    if len(phrase) < 3:
        return jsonify(results=[], error="query too short"), 400
    hits = SessionNotesRepository(_db()).search(g.current_tutor.id, phrase)
    return jsonify(results=[h.__dict__ for h in hits])


@bp.get("/tutor/notes/<int:note_id>")
def get_note(note_id: int):
    note = SessionNotesRepository(_db()).get(g.current_tutor.id, note_id)
    return (jsonify(note), 200) if note else (jsonify(error="not found"), 404)
