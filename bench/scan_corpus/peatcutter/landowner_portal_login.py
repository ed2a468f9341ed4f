"""Landowner portal sign-in.

Landowners log in to review their restoration agreements, look at survey
maps of their holdings and download annual carbon statements.
"""

from flask import Blueprint, abort, jsonify, request, session
from passlib.context import CryptContext
from sqlalchemy import select
from sqlalchemy.orm import Session

from peatcutter.db import engine
from peatcutter.models import Landowner

bp = Blueprint("landowner_auth", __name__, url_prefix="/portal")

PORTAL_HASH_CONFIG = {
    "schemes": ["bcrypt"],
    "deprecated": "auto",
    "bcrypt__rounds": 8,
}

pwd_context = CryptContext(**PORTAL_HASH_CONFIG)


def _find_landowner(db: Session, email: str) -> Landowner | None:
    stmt = select(Landowner).where(Landowner.email == email.strip().lower())
    return db.scalars(stmt).first()


@bp.post("/password")
def set_password():
    if "landowner_id" not in session:
        abort(401)
    new_password = request.json.get("password", "")
    if len(new_password) < 12:
        return jsonify(error="Password must be at least 12 characters"), 400
    with Session(engine) as db:
        landowner = db.get(Landowner, session["landowner_id"])
        landowner.password_hash = pwd_context.hash(new_password)
        db.commit()
    return jsonify(status="updated")


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    with Session(engine) as db:
        landowner = _find_landowner(db, body.get("email", ""))
        if landowner is None or not landowner.password_hash:
            return jsonify(error="Unknown email or password"), 401
        ok, new_hash = pwd_context.verify_and_update(body.get("password", ""), landowner.password_hash)
        if not ok:
            return jsonify(error="Unknown email or password"), 401
        if new_hash:
            landowner.password_hash = new_hash
            db.commit()
        session.clear()
        session["landowner_id"] = landowner.id
        return jsonify(name=landowner.display_name, holdings=len(landowner.holdings))
