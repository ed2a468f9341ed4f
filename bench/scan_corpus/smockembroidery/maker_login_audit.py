"""Login endpoint and audit trail for maker accounts.

Every sign-in attempt is logged with the account email, client address and
outcome so that staff can spot credential-stuffing against maker shops.
The submitted password is only ever passed to the hasher.
"""
from __future__ import annotations

import logging

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from flask import Blueprint, abort, jsonify, request, session

from .makers import find_maker_by_email

audit = logging.getLogger("smockstudio.audit.login")
hasher = PasswordHasher()

bp = Blueprint("maker_login", __name__, url_prefix="/makers")


def _client_ip() -> str:
    return request.headers.get("X-Forwarded-For", request.remote_addr or "-").split(",")[0].strip()


@bp.post("/login")
def maker_login():
    form = request.get_json(silent=True) or {}
    email = str(form.get("email", "")).strip().lower()
    password = str(form.get("password", ""))
    if not email or not password:
        abort(400)

    maker = find_maker_by_email(email)
    ok = False
    if maker is not None:
        try:
            ok = hasher.verify(maker.password_hash, password)
        except VerificationError:
            ok = False

    audit.info(
        "maker login email=%s ip=%s ua=%s outcome=%s",
        email,
        _client_ip(),
        request.user_agent.string[:120],
        "success" if ok else "failure",
    )
    if not ok:
        abort(401, "invalid email or password")

    session.clear()
    session["maker_id"] = maker.id
    return jsonify({"maker_id": maker.id, "shop": maker.shop_name})
