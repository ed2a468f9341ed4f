"""Login blueprint for the funder reporting portal.

Funders (lottery fund, water company, county council) log in to download
quarterly restoration reports and carbon-unit statements.
"""
import secrets
from hashlib import sha512 as _digest
from hmac import compare_digest

from flask import Blueprint, abort, current_app, redirect, request, session, url_for
from sqlalchemy import text

from .db import engine

bp = Blueprint("funder_auth", __name__, url_prefix="/funders")


def _salted(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


def make_password_record(password: str) -> str:
    salt = secrets.token_hex(16)
    return f"{salt}:{_salted(password, salt)}"


def password_matches(password: str, record: str) -> bool:
    salt, stored = record.split(":", 1)
    return compare_digest(_salted(password, salt), stored)


def _load_funder(email: str):
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT id, organisation, password_record FROM funders WHERE email = :email"),
            {"email": email.lower()},
        ).mappings().first()


@bp.post("/login")
def login():
    email = request.form.get("email", "")
    password = request.form.get("password", "")
    funder = _load_funder(email)
    if funder is None or not password_matches(password, funder["password_record"]):
        current_app.logger.info("funder login rejected for %s", email)
        abort(401)
    session.clear()
    session["funder_id"] = funder["id"]
    session["organisation"] = funder["organisation"]
    return redirect(url_for("funder_reports.index"))


@bp.post("/password")
def change_password():
    funder_id = session.get("funder_id")
    if funder_id is None:
        abort(401)
    new_password = request.form.get("new_password", "")
    if len(new_password) < 12:
        abort(400, "Password must be at least 12 characters")
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE funders SET password_record = :rec WHERE id = :id"),
            {"rec": make_password_record(new_password), "id": funder_id},
        )
    return redirect(url_for("funder_reports.index"))


@bp.post("/logout")
def logout():
    session.clear()
    return redirect(url_for("funder_auth.login"))
