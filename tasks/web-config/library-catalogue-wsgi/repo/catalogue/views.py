"""Catalogue search and kiosk holds."""
from datetime import datetime, timezone

from flask import Blueprint, jsonify, request, session

from .db import get_db

bp = Blueprint("catalogue", __name__)


@bp.get("/books")
def search_books():
    term = f"%{request.args.get('q', '').strip()}%"
    rows = get_db().execute(
        "SELECT id, title, author FROM books WHERE title LIKE ? OR author LIKE ? ORDER BY title",
        (term, term),
    ).fetchall()
    return jsonify([dict(row) for row in rows])


@bp.post("/kiosk/card")
def scan_card():
    card = str((request.get_json(silent=True) or {}).get("card", ""))
    patron = get_db().execute("SELECT card, name FROM patrons WHERE card = ?", (card,)).fetchone()
    if patron is None:
        return jsonify(error="unknown card"), 404
    session.clear()
    session["card"] = patron["card"]
    return jsonify(name=patron["name"])


@bp.post("/kiosk/holds")
def place_hold():
    if "card" not in session:
        return jsonify(error="scan your library card first"), 401
    book_id = (request.get_json(silent=True) or {}).get("book_id")
    conn = get_db()
    if conn.execute("SELECT 1 FROM books WHERE id = ?", (book_id,)).fetchone() is None:
        return jsonify(error="no such book"), 404
    conn.execute(
        "INSERT INTO holds (book_id, card, placed_at) VALUES (?, ?, ?)",
        (book_id, session["card"], datetime.now(timezone.utc).isoformat()),
    )
    conn.commit()
    return jsonify(book_id=book_id, card=session["card"]), 201
