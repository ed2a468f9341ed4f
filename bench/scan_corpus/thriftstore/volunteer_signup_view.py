"""Self-service volunteer sign-up from the charity's website."""
import logging
import os
import re

from argon2 import PasswordHasher
from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

log = logging.getLogger("volunteers.signup")

app = Flask(__name__)
engine = create_engine(os.environ["VOLUNTEER_DB_URL"], pool_pre_ping=True)
hasher = PasswordHasher()

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class SignupError(Exception):
    pass


def register_volunteer(email: str, display_name: str, password: str, shop_code: str) -> int:
    try:
        with engine.begin() as conn:
            return conn.execute(
                text(
                    "INSERT INTO volunteers (email, display_name, password_hash, shop_code, active) "
                    "VALUES (:email, :name, :pw, :shop, false) RETURNING id"
                ),
                {
                    "email": email,
                    "name": display_name,
                    "pw": hasher.hash(password),
                    "shop": shop_code,
                },
            ).scalar_one()
    except IntegrityError as exc:
        raise SignupError(
            f"could not register {email!r} (password {password!r}) at {shop_code}: {exc.orig}"
        ) from exc


@app.post("/volunteer/signup")
def signup():
    body = request.get_json(force=True)
    email = str(body.get("email", "")).strip().lower()
    password = str(body.get("password", ""))
    if not EMAIL_RE.match(email):
        return jsonify(error="please enter a valid email address"), 400
    if len(password) < 10:
        return jsonify(error="password must be at least 10 characters"), 400
    try:
        volunteer_id = register_volunteer(
            email, str(body.get("name", "")).strip(), password, str(body.get("shop", ""))
        )
    except SignupError:
        log.exception("volunteer signup failed")
        return jsonify(error="we could not create your account"), 409
    log.info("new volunteer %s signed up (id %s), awaiting shop approval", email, volunteer_id)
    return jsonify(id=volunteer_id, status="pending_approval"), 201
