"""Accounts for parents and organisers who book birthday parties at the arena."""
from __future__ import annotations

import os

import bcrypt
from flask import Blueprint, abort, jsonify, request, session
from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Session

bp = Blueprint("party_hosts", __name__, url_prefix="/party-hosts")
engine = create_engine(os.environ["BOOKINGS_DATABASE_URL"])


class Base(DeclarativeBase):
    pass


class PartyHost(Base):
    __tablename__ = "party_hosts"

    id = Column(Integer, primary_key=True)
    email = Column(String(254), unique=True, nullable=False)
    full_name = Column(String(120), nullable=False)
    phone = Column(String(32))
    password_hash = Column(String(60), nullable=False)


@bp.post("/register")
def register():
    data = request.get_json(force=True)
    email = data.get("email", "").strip().lower()
    password = data.get("password", "")
    if not email or len(password) < 10:
        abort(400, "email and a 10+ character password are required")
    hashed = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=8))
    with Session(engine) as db:
        host = PartyHost(
            email=email,
            full_name=data.get("full_name", ""),
            phone=data.get("phone"),
            password_hash=hashed.decode("ascii"),
        )
        db.add(host)
        db.commit()
        return jsonify({"id": host.id}), 201


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    email = data.get("email", "").strip().lower()
    password = data.get("password", "").encode("utf-8")
    with Session(engine) as db:
        host = db.scalars(select(PartyHost).where(PartyHost.email == email)).first()
        if host is None or not bcrypt.checkpw(password, host.password_hash.encode("ascii")):
            abort(401)
        session.clear()
        session["party_host_id"] = host.id
        return jsonify({"id": host.id, "name": host.full_name})


@bp.post("/logout")
def logout():
    session.clear()
    return "", 204
