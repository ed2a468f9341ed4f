"""Student login for the web player; issues the session cookie the player API checks."""
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, jsonify, make_response, request
from werkzeug.security import check_password_hash

from .models import Student, StudentSession, db

bp = Blueprint("auth", __name__, url_prefix="/auth")

SESSION_TTL = timedelta(days=14)
SESSION_COOKIE = "uke_session"
COOKIE_OPTIONS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "secure": True,
    "httponly": False,
    "samesite": "Lax",
    "path": "/",
}


def _issue_session(student: Student) -> StudentSession:
    record = StudentSession(
        student_id=student.id,
        token=secrets.token_urlsafe(32),
        expires_at=datetime.now(timezone.utc) + SESSION_TTL,
        user_agent=request.headers.get("User-Agent", "")[:255],
    )
    db.session.add(record)
    db.session.commit()
    return record


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    email = (data.get("email") or "").strip().lower()
    student = Student.query.filter_by(email=email, active=True).first()
    if student is None or not check_password_hash(student.password_hash, data.get("password", "")):
        return jsonify(error="invalid email or password"), 401
    record = _issue_session(student)
    resp = make_response(jsonify(student_id=student.id, name=student.display_name))
    resp.set_cookie(SESSION_COOKIE, record.token, **COOKIE_OPTIONS)
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        StudentSession.query.filter_by(token=token).delete()
        db.session.commit()
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp
