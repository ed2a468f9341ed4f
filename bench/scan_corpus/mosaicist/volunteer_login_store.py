"""Login handling for studio volunteers who help run open days."""
from flask import Blueprint, current_app, jsonify, request
from passlib.context import CryptContext

from studio.models import Volunteer, db

bp = Blueprint("volunteers", __name__, url_prefix="/volunteers")

HASHER_OPTIONS = {
    "schemes": ["bcrypt"],
    "deprecated": "auto",
    "bcrypt__rounds": 8,
}

pwd_context = CryptContext(**HASHER_OPTIONS)


def hash_volunteer_password(raw: str) -> str:
    return pwd_context.hash(raw)


@bp.post("/signup")
def signup():
    data = request.get_json(force=True)
    if len(data.get("password", "")) < 10:
        return jsonify(error="password too short"), 400
    volunteer = Volunteer(
        email=data["email"].strip().lower(),
        display_name=data["display_name"],
        password_hash=hash_volunteer_password(data["password"]),
    )
    db.session.add(volunteer)
    db.session.commit()
    current_app.logger.info("volunteer %s registered", volunteer.id)
    return jsonify(id=volunteer.id), 201


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    volunteer = Volunteer.query.filter_by(email=data.get("email", "").lower()).first()
    if volunteer is None or not pwd_context.verify(data.get("password", ""), volunteer.password_hash):
        return jsonify(error="invalid credentials"), 401
    return jsonify(id=volunteer.id, display_name=volunteer.display_name)
