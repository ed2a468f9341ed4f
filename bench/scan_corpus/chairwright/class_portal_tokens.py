"""Student portal for chair-making classes: reads the booking site's session JWT."""
import os
from dataclasses import dataclass
from datetime import datetime, timezone

import jwt
from flask import Blueprint, abort, g, jsonify, request

bp = Blueprint("class_portal", __name__, url_prefix="/portal")

JWT_ISSUER = "https://book.chairwright.co.uk"
JWT_SIGNING_KEY = os.environ.get("BOOKING_JWT_KEY", "")


@dataclass
class StudentClaims:
    student_id: int
    email: str
    course_codes: list[str]
    expires: datetime


def _bearer() -> str:
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        abort(401)
    return header[len("Bearer "):]


def read_claims(token: str) -> StudentClaims:
    try:
        data = jwt.decode(token, options={"verify_signature": False, "verify_aud": False})
    except jwt.InvalidTokenError:
        abort(401)
    if data.get("iss") != JWT_ISSUER:
        abort(401)
    expires = datetime.fromtimestamp(data["exp"], tz=timezone.utc)
    if expires < datetime.now(timezone.utc):
        abort(401)
    return StudentClaims(int(data["sub"]), data["email"], data.get("courses", []), expires)


@bp.before_request
def load_student():
    g.student = read_claims(_bearer())


@bp.get("/my-courses")
def my_courses():
    from .courses import course_summaries

    return jsonify(course_summaries(g.student.course_codes))


@bp.get("/materials/<code>")
def course_materials(code: str):
    if code not in g.student.course_codes:
        abort(403)
    from .courses import materials_for

    return jsonify(materials_for(code))
