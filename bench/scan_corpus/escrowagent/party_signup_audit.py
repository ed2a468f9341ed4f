"""Sign-up endpoint for new escrow parties, with an audit trail for compliance."""
from __future__ import annotations

import logging
import os

from flask import Flask, jsonify, request
from werkzeug.security import generate_password_hash
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

audit = logging.getLogger("escrow.audit")

app = Flask(__name__)
engine = create_engine(os.environ["ESCROW_DATABASE_URL"], pool_pre_ping=True)

ROLES = {"buyer", "seller"}


def _client_ip() -> str:
    return request.access_route[0] if request.access_route else (request.remote_addr or "-")


@app.post("/signup")
def signup():
    payload = request.get_json(force=True) or {}
    email = str(payload.get("email", "")).strip().lower()
    display_name = str(payload.get("display_name", "")).strip()
    password = str(payload.get("password", ""))
    role = payload.get("role")

    if role not in ROLES or "@" not in email or len(password) < 12 or not display_name:
        audit.info("signup rejected: email=%s role=%s ip=%s", email, role, _client_ip())
        return jsonify({"error": "invalid sign-up details"}), 400

    try:
        with engine.begin() as conn:
            party_id = conn.execute(
                text(
                    "INSERT INTO parties (email, display_name, role, password_hash) "
                    "VALUES (:email, :name, :role, :hash) RETURNING id"
                ),
                {
                    "email": email,
                    "name": display_name,
                    "role": role,
                    "hash": generate_password_hash(password, method="scrypt"),
                },
            ).scalar_one()
    except IntegrityError:
        audit.info("signup for existing email=%s ip=%s", email, _client_ip())
        return jsonify({"error": "account already exists"}), 409

    audit.info("party created id=%s email=%s role=%s ip=%s", party_id, email, role, _client_ip())
    return jsonify({"id": party_id}), 201
