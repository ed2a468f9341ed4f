"""Sign-in for event managers, and cache headers for the menu pack they download."""
from __future__ import annotations

import hashlib
from pathlib import Path

from flask import Blueprint, Response, abort, current_app, jsonify, request, session
from passlib.context import CryptContext

from .db import get_db

bp = Blueprint("managers", __name__, url_prefix="/managers")

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto", bcrypt__rounds=12)


def create_manager(email: str, full_name: str, password: str) -> int:
    if len(password) < 12:
        raise ValueError("password must be at least 12 characters")
    db = get_db()
    cur = db.execute(
        "INSERT INTO event_managers (email, full_name, password_hash) VALUES (%s, %s, %s) "
        "RETURNING id",
        (email.lower(), full_name, pwd_context.hash(password)),
    )
    db.commit()
    return cur.fetchone()[0]


@bp.post("/login")
def login():
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    db = get_db()
    row = db.execute(
        "SELECT id, password_hash FROM event_managers WHERE email = %s AND active",
        (email,),
    ).fetchone()
    if row is None:
        pwd_context.dummy_verify()
        return jsonify(error="invalid credentials"), 401
    ok, new_hash = pwd_context.verify_and_update(password, row[1])
    if not ok:
        return jsonify(error="invalid credentials"), 401
    if new_hash:
        db.execute("UPDATE event_managers SET password_hash = %s WHERE id = %s", (new_hash, row[0]))
        db.commit()
    session.clear()
    session["manager_id"] = row[0]
    return jsonify(status="ok")


@bp.get("/menu-pack")
def menu_pack():
    if "manager_id" not in session:
        abort(401)
    pack = Path(current_app.config["MENU_PACK_PATH"])
    data = pack.read_bytes()
    etag = hashlib.sha256(data).hexdigest()
    if request.if_none_match.contains(etag):
        return Response(status=304)
    resp = Response(data, mimetype="application/pdf")
    resp.set_etag(etag)
    resp.headers["Cache-Control"] = "private, max-age=300"
    return resp
