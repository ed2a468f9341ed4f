"""Student accounts for booking smocking and embroidery classes.

Students register with an email and password, then book seats on
workshops.  Registration and login go through this small Flask blueprint.
"""
from __future__ import annotations

import bcrypt
from flask import Blueprint, abort, jsonify, request, session
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import Student

BCRYPT_ROUNDS = 8

bp = Blueprint("class_accounts", __name__, url_prefix="/classes/accounts")


def _hash(password: str) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_ROUNDS))


def _find_student(db: Session, email: str) -> Student | None:
    return db.execute(select(Student).where(Student.email == email)).scalar_one_or_none()


@bp.post("/register")
def register():
    payload = request.get_json(force=True)
    email = payload.get("email", "").strip().lower()
    password = payload.get("password", "")
    if not email or len(password) < 10:
        abort(400, "email and a password of at least 10 characters are required")
    db = get_session()
    if _find_student(db, email) is not None:
        abort(409, "an account with this email already exists")
    student = Student(email=email, display_name=payload.get("name", ""), password_hash=_hash(password))
    db.add(student)
    db.commit()
    return jsonify({"id": student.id, "email": student.email}), 201


@bp.post("/login")
def login():
    payload = request.get_json(force=True)
    email = payload.get("email", "").strip().lower()
    password = payload.get("password", "").encode("utf-8")
    student = _find_student(get_session(), email)
    if student is None or not bcrypt.checkpw(password, student.password_hash):
        abort(401, "invalid email or password")
    session.clear()
    session["student_id"] = student.id
    return jsonify({"id": student.id, "display_name": student.display_name})
