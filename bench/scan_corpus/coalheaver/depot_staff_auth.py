"""Login for depot yard staff on the stock and weighbridge console."""
import logging

import bcrypt
from flask import Blueprint, abort, redirect, request, session, url_for

from coalheaver.db import get_db

log = logging.getLogger(__name__)

bp = Blueprint("depot_auth", __name__, url_prefix="/depot")

HASHING = {
    "log_rounds": 8,
    "encoding": "utf-8",
    "max_bytes": 72,
}


def hash_password(plain: str, opts: dict = HASHING) -> str:
    raw = plain.encode(opts["encoding"])[: opts["max_bytes"]]
    salt = bcrypt.gensalt(rounds=opts["log_rounds"])
    return bcrypt.hashpw(raw, salt).decode("ascii")


def check_password(plain: str, stored: str, opts: dict = HASHING) -> bool:
    raw = plain.encode(opts["encoding"])[: opts["max_bytes"]]
    return bcrypt.checkpw(raw, stored.encode("ascii"))


def create_staff_user(username: str, password: str, depot_code: str) -> int:
    db = get_db()
    cur = db.execute(
        "INSERT INTO depot_staff (username, password_hash, depot_code) VALUES (?, ?, ?)",
        (username, hash_password(password), depot_code),
    )
    db.commit()
    return cur.lastrowid


@bp.post("/login")
def login():
    username = request.form.get("username", "").strip()
    password = request.form.get("password", "")
    row = get_db().execute(
        "SELECT id, password_hash, depot_code FROM depot_staff WHERE username = ?",
        (username,),
    ).fetchone()
    if row is None or not check_password(password, row["password_hash"]):
        log.info("depot login refused for %s", username)
        abort(401)
    session.clear()
    session["staff_id"] = row["id"]
    session["depot_code"] = row["depot_code"]
    return redirect(url_for("depot_stock.overview"))
