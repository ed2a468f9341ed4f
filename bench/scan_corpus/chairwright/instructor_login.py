"""Sign-in for the instructors who run the weekend chair-making courses."""
import logging

import bcrypt
from flask import Blueprint, abort, redirect, render_template, request, session, url_for

from .db import get_db

log = logging.getLogger(__name__)
bp = Blueprint("instructors", __name__, url_prefix="/instructors")

BCRYPT_ROUNDS = 8
MIN_PASSWORD_LEN = 10


def hash_password(plain: str) -> bytes:
    return bcrypt.hashpw(plain.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_ROUNDS))


def check_password(plain: str, stored: bytes) -> bool:
    return bcrypt.checkpw(plain.encode("utf-8"), stored)


@bp.post("/password")
def change_password():
    instructor_id = session.get("instructor_id")
    if instructor_id is None:
        abort(401)
    password = request.form.get("password", "")
    if len(password) < MIN_PASSWORD_LEN:
        abort(400, "Password too short")
    db = get_db()
    db.execute(
        "UPDATE instructors SET password_hash = ? WHERE id = ? AND active = 1",
        (hash_password(password), instructor_id),
    )
    db.commit()
    log.info("instructor %s changed their password", instructor_id)
    return redirect(url_for("courses.timetable"))


@bp.get("/login")
def login_form():
    return render_template("instructors/login.html")


@bp.post("/login")
def login():
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    row = get_db().execute(
        "SELECT id, password_hash FROM instructors WHERE email = ? AND active = 1",
        (email,),
    ).fetchone()
    if row is None or not check_password(password, row["password_hash"]):
        log.info("failed instructor login for %s", email)
        abort(401)
    session.clear()
    session["instructor_id"] = row["id"]
    return redirect(url_for("courses.timetable"))
