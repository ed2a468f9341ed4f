"""Customer sign-up and sign-in for the farm shop (oils, dried bunches, gift boxes)."""

from __future__ import annotations

import hmac
import secrets
from hashlib import sha512 as _digest

from flask import Blueprint, jsonify, request, session
from sqlalchemy import Column, DateTime, Integer, String, func, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
bp = Blueprint("shop_auth", __name__, url_prefix="/shop/account")


class Customer(Base):
    __tablename__ = "shop_customers"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    full_name = Column(String(120), nullable=False)
    password_salt = Column(String(32), nullable=False)
    password_hash = Column(String(128), nullable=False)
    created_at = Column(DateTime, server_default=func.now())


def _hash_password(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


def set_password(customer: Customer, password: str) -> None:
    customer.password_salt = secrets.token_hex(16)
    customer.password_hash = _hash_password(password, customer.password_salt)


def verify_password(customer: Customer, password: str) -> bool:
    candidate = _hash_password(password, customer.password_salt)
    return hmac.compare_digest(candidate, customer.password_hash)


def _db() -> Session:
    from flask import current_app

    return current_app.extensions["db_session"]


@bp.post("/register")
def register():
    data = request.get_json(force=True)
    email = data["email"].strip().lower()
    if len(data.get("password", "")) < 10:
        return jsonify(error="password must be at least 10 characters"), 400
    db = _db()
    if db.scalar(select(Customer).where(Customer.email == email)):
        return jsonify(error="account already exists"), 409
    customer = Customer(email=email, full_name=data["full_name"])
    set_password(customer, data["password"])
    db.add(customer)
    db.commit()
    return jsonify(id=customer.id), 201


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    db = _db()
    customer = db.scalar(
        select(Customer).where(Customer.email == data.get("email", "").strip().lower())
    )
    if customer is None or not verify_password(customer, data.get("password", "")):
        return jsonify(error="invalid email or password"), 401
    session.clear()
    session["customer_id"] = customer.id
    return jsonify(name=customer.full_name)
