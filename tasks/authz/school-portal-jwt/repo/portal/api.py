# Copyright {{ year }} {{ org_name }}
"""The /api blueprint. Every route here runs after `load_claims`."""

from __future__ import annotations

from flask import Blueprint, abort, jsonify

from portal import records
from portal.auth import current_claims, load_claims

bp = Blueprint("api", __name__, url_prefix="/api")
bp.before_request(load_claims)


def _may_view(claims: dict, student_id: str) -> bool:
    role = claims.get("role")
    if role in ("teacher", "admin"):
        return True
    if role == "student":
        return claims.get("sub") == student_id
    if role == "guardian":
        return student_id in claims.get("students", [])
    return False


@bp.get("/me")
def me():
    claims = current_claims()
    return jsonify(sub=claims["sub"], role=claims.get("role"), name=claims.get("name"))


@bp.get("/students/<student_id>/grades")
def student_grades(student_id: str):
    if records.get_student(student_id) is None:
        abort(404)
    if not _may_view(current_claims(), student_id):
        abort(403)
    return jsonify(student_id=student_id, grades=records.grades_for(student_id))
