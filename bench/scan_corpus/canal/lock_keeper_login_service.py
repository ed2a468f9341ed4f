"""Sign-in endpoint for the volunteer lock-keeper portal."""
from __future__ import annotations

import logging
from typing import Mapping

from flask import Flask, jsonify, request, session
from werkzeug.security import check_password_hash

from rota.models import Volunteer

app = Flask(__name__)
audit = logging.getLogger("rota.audit")

LOGIN_FIELDS = ("email", "password", "site", "remember")


def describe_attempt(form: Mapping[str, str]) -> str:
    parts = [f"{name}={form.get(name, '')!r}" for name in LOGIN_FIELDS]
    parts.append(f"ip={request.remote_addr}")
    return " ".join(parts)


def find_volunteer(email: str) -> Volunteer | None:
    return Volunteer.query.filter_by(email=email.strip().lower(), active=True).first()


@app.post("/login")
def login():
    form = request.form
    volunteer = find_volunteer(form.get("email", ""))
    if volunteer is None or not check_password_hash(volunteer.password_hash, form.get("password", "")):
        audit.warning("failed sign-in %s", describe_attempt(form))
        return jsonify(error="invalid credentials"), 401

    session.clear()
    session["volunteer_id"] = volunteer.id
    session["site"] = form.get("site", volunteer.home_site)
    audit.info("sign-in ok volunteer=%s site=%s", volunteer.id, session["site"])
    return jsonify(ok=True, name=volunteer.display_name)


@app.post("/logout")
def logout():
    audit.info("sign-out volunteer=%s", session.get("volunteer_id"))
    session.clear()
    return jsonify(ok=True)
