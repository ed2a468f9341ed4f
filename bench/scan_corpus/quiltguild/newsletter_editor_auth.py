"""Sign-in for the editors who assemble the monthly guild newsletter."""
from __future__ import annotations

import hmac
import os
import secrets
import sqlite3
from hashlib import sha512 as _digest

from flask import Flask, abort, g, redirect, request, session, url_for

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["NEWSLETTER_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)
DB_PATH = os.environ.get("NEWSLETTER_DB", "/var/lib/quiltguild/newsletter.db")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc: BaseException | None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def hash_password(password: str, salt: str) -> str:
    return _digest(f"{salt}:{password}".encode("utf-8")).hexdigest()


def create_editor(username: str, password: str) -> None:
    salt = secrets.token_hex(16)
    db = get_db()
    db.execute(
        "INSERT INTO editors (username, salt, pw_hash) VALUES (?, ?, ?)",
        (username, salt, hash_password(password, salt)),
    )
    db.commit()


@app.get("/editors/login")
def login_form():
    return (
        "<form method='post'><input name='username'>"
        "<input type='password' name='password'><button>Sign in</button></form>"
    )


@app.post("/editors/login")
def login():
    username = request.form.get("username", "").strip()
    password = request.form.get("password", "")
    row = get_db().execute(
        "SELECT id, salt, pw_hash FROM editors WHERE username = ?", (username,)
    ).fetchone()
    if row is None:
        abort(401)
    if not hmac.compare_digest(hash_password(password, row["salt"]), row["pw_hash"]):
        abort(401)
    session.clear()
    session["editor_id"] = row["id"]
    return redirect(url_for("drafts"))


@app.get("/editors/drafts")
def drafts():
    if "editor_id" not in session:
        return redirect(url_for("login_form"))
    rows = get_db().execute(
        "SELECT id, title, updated_at FROM drafts WHERE editor_id = ? "
        "ORDER BY updated_at DESC",
        (session["editor_id"],),
    ).fetchall()
    return {"drafts": [dict(r) for r in rows]}
