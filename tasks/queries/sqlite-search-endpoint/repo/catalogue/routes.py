"""HTTP endpoints of the catalogue."""

from flask import Blueprint, abort, current_app, jsonify, request

from .db import get_db

bp = Blueprint("catalogue", __name__)

def book_json(row) -> dict:
    return {
        "id": row["id"],
        "isbn": row["isbn"],
        "title": row["title"],
        "author": row["author"],
        "year": row["year"],
        "branch": row["branch"],
        "available": row["copies_available"],
    }


@bp.get("/health")
def health():
    return {"status": "ok", "library": current_app.config["LIBRARY_NAME"]}


@bp.get("/books")
def list_books():
    page = max(request.args.get("page", 1, type=int), 1)
    size = current_app.config["PAGE_SIZE"]
    rows = get_db().execute(
        "SELECT id, isbn, title, author, year, branch, copies_available"
        " FROM books ORDER BY id LIMIT ? OFFSET ?",
        (size, (page - 1) * size),
    ).fetchall()
    return jsonify({"page": page, "books": [book_json(r) for r in rows]})


@bp.get("/books/<int:book_id>")
def get_book(book_id: int):
    row = get_db().execute(
        "SELECT id, isbn, title, author, year, branch, copies_available FROM books WHERE id = ?",
        (book_id,),
    ).fetchone()
    if row is None:
        abort(404)
    return jsonify(book_json(row))
