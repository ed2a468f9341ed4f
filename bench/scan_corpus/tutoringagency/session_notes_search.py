"""Full-text-ish search over tutors' session notes."""
import sqlite3
from dataclasses import dataclass
from typing import List

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("notes_search", __name__)


@dataclass
class NoteHit:
    note_id: int
    lesson_id: int
    student_name: str
    excerpt: str


class SessionNotesIndex:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def search(self, tutor_id: int, phrase: str, limit: int = 25) -> List[NoteHit]:
        sql = (
            "SELECT n.id, n.lesson_id, s.first_name || ' ' || s.last_name, substr(n.body, 1, 160) "
            "FROM session_notes n JOIN students s ON s.id = n.student_id "
            f"WHERE n.tutor_id = ? AND n.body LIKE '%{phrase}%' "
            "ORDER BY n.created_at DESC LIMIT ?"
        )
        rows = self._conn.execute(sql, (tutor_id, limit)).fetchall()
        return [NoteHit(*row) for row in rows]


def _db() -> sqlite3.Connection:
    if "notes_db" not in g:
        g.notes_db = sqlite3.connect(current_app.config["NOTES_DB_PATH"])
    return g.notes_db


@bp.get("/tutor/notes/search")
def search_notes():
    tutor_id = g.current_tutor.id
    phrase = request.args.get("q", "").strip()
    if len(phrase) < 3:
        return jsonify(results=[], error="query too short"), 400
    hits = SessionNotesIndex(_db()).search(tutor_id, phrase)
    return jsonify(
        results=[
            {
                "note": h.note_id,
                "lesson": h.lesson_id,
                "student": h.student_name,
                "excerpt": h.excerpt,
            }
            for h in hits
        ]
    )
