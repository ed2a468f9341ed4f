"""Serves scanned pedigree certificates attached to registered birds."""
import os
import sqlite3

from flask import Flask, abort, g, jsonify, request, send_file, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
)

PEDIGREE_DIR = os.environ.get("PEDIGREE_DIR", "/srv/federation/pedigrees")
DB_PATH = os.environ.get("PORTAL_DB", "portal.sqlite3")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def current_member() -> int:
    member_id = session.get("member_id")
    if member_id is None:
        abort(401)
    return member_id


@app.get("/pedigrees")
def list_pedigrees():
    member_id = current_member()
    rows = get_db().execute(
        "SELECT ring_number, document_name FROM pedigree_documents WHERE member_id = ?",
        (member_id,),
    ).fetchall()
    return jsonify([{"ring": ring, "document": name} for ring, name in rows])


@app.get("/pedigrees/download")
def download_pedigree():
    current_member()
    name = request.args.get("file", "")
    if not name.lower().endswith(".pdf"):
        abort(400)
    path = os.path.join(PEDIGREE_DIR, name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)
