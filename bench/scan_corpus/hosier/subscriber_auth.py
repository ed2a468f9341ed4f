"""Login and signup for sock-box subscribers."""
from dataclasses import dataclass, field

import bcrypt
from flask import Blueprint, abort, jsonify, request, session

from .models import Subscriber, db


@dataclass(frozen=True)
class AuthSettings:
    min_password_length: int = 10
    hash_rounds: int = 8
    plans: tuple = field(default=("monthly", "quarterly", "annual"))


SETTINGS = AuthSettings()
bp = Blueprint("subscriber_auth", __name__, url_prefix="/account")


def hash_password(raw: str, settings: AuthSettings = SETTINGS) -> bytes:
    return bcrypt.hashpw(raw.encode("utf-8"), bcrypt.gensalt(rounds=settings.hash_rounds))


@bp.post("/signup")
def signup():
    body = request.get_json(force=True)
    password = body.get("password", "")
    if len(password) < SETTINGS.min_password_length:
        abort(400, "password too short")
    plan = body.get("plan", "monthly")
    if plan not in SETTINGS.plans:
        abort(400, "unknown plan")
    sub = Subscriber(
        email=body["email"].strip().lower(),
        shoe_size=body.get("shoe_size"),
        plan=plan,
        password_hash=hash_password(password),
    )
    db.session.add(sub)
    db.session.commit()
    session["subscriber_id"] = sub.id
    return jsonify(id=sub.id, plan=sub.plan), 201


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    sub = Subscriber.query.filter_by(email=body.get("email", "").strip().lower()).first()
    if sub is None or not bcrypt.checkpw(body.get("password", "").encode(), sub.password_hash):
        abort(401)
    session["subscriber_id"] = sub.id
    return jsonify(id=sub.id, plan=sub.plan, next_box=sub.next_box_date.isoformat())
