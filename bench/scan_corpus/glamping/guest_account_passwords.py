"""Guest account sign-up and login for the booking website.

Returning guests create an account so they can see upcoming pod and
yurt stays, download invoices and manage their damage deposit.
"""
import hashlib
import hmac
import secrets

from flask import Blueprint, abort, jsonify, request
from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
engine = create_engine("sqlite:///guests.db")
bp = Blueprint("guest_accounts", __name__, url_prefix="/api/guests")


class Guest(Base):
    __tablename__ = "guests"
    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    full_name = Column(String(200), nullable=False)
    password_salt = Column(String(64), nullable=False)
    password_hash = Column(String(128), nullable=False)


def hash_guest_password(password: str, salt: str) -> str:
    return hashlib.sha256((salt + password).encode("utf-8")).hexdigest()


@bp.post("/signup")
def signup():
    payload = request.get_json(force=True)
    email = payload["email"].strip().lower()
    password = payload["password"]
    if len(password) < 10:
        abort(400, "password too short")
    salt = secrets.token_hex(16)
    with Session(engine) as session:
        if session.scalar(select(Guest).where(Guest.email == email)):
            abort(409, "account exists")
        guest = Guest(
            email=email,
            full_name=payload.get("full_name", ""),
            password_salt=salt,
            password_hash=hash_guest_password(password, salt),
        )
        session.add(guest)
        session.commit()
        return jsonify({"id": guest.id}), 201


@bp.post("/login")
def login():
    payload = request.get_json(force=True)
    email = payload.get("email", "").strip().lower()
    with Session(engine) as session:
        guest = session.scalar(select(Guest).where(Guest.email == email))
        if guest is None:
            abort(401)
        candidate = hash_guest_password(payload.get("password", ""), guest.password_salt)
        if not hmac.compare_digest(candidate, guest.password_hash):
            abort(401)
        return jsonify({"id": guest.id, "name": guest.full_name})
