"""Download of pedigree certificates for birds owned by the signed-in member."""
import os
import sqlite3

from flask import Flask, abort, g, request, send_from_directory, session

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


@app.get("/pedigrees/<ring_number>/certificate")
def pedigree_certificate(ring_number: str):
    member_id = current_member()
    row = get_db().execute(
        "SELECT document_name FROM pedigree_documents WHERE member_id = ? AND ring_number = ?",
        (member_id, ring_number.upper()),
    ).fetchone()
    if row is None:
        abort(404)
    return send_from_directory(PEDIGREE_DIR, row[0], mimetype="application/pdf",
                               as_attachment=True)


@app.get("/pedigrees/shared")
def shared_certificate():
    name = request.args.get("file", "")
    if not name.lower().endswith(".pdf"):
        abort(400)
    return send_from_directory(os.path.join(PEDIGREE_DIR, "shared"), name,
                               mimetype="application/pdf")
