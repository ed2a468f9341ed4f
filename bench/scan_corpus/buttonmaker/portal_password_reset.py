"""Password reset completion for wholesale portal buyers."""
from __future__ import annotations

import hashlib
import logging
from datetime import datetime, timezone

from flask import Blueprint, abort, render_template, request
from werkzeug.security import generate_password_hash

from portal.db import db
from portal.models import Buyer, ResetToken

bp = Blueprint("reset", __name__)
audit = logging.getLogger("portal.audit")

MIN_LENGTH = 12


def _lookup_token(raw_token: str) -> ResetToken | None:
    digest = hashlib.sha256(raw_token.encode()).hexdigest()
    token = ResetToken.query.filter_by(token_sha256=digest, used_at=None).first()
    if token and token.expires_at > datetime.now(timezone.utc):
        return token
    return None


@bp.route("/reset/<raw_token>", methods=["GET", "POST"])
def complete_reset(raw_token: str):
    token = _lookup_token(raw_token)
    if token is None:
        abort(404)
    if request.method == "GET":
        return render_template("portal/reset.html")

    new_password = request.form.get("password", "")
    if len(new_password) < MIN_LENGTH or new_password != request.form.get("confirm", ""):
        audit.info("reset rejected for buyer %s: password policy", token.buyer_id)
        return render_template("portal/reset.html", error="policy"), 400

    buyer = db.session.get(Buyer, token.buyer_id)
    buyer.password_hash = generate_password_hash(new_password, method="scrypt")
    token.used_at = datetime.now(timezone.utc)
    db.session.commit()
    audit.info("password reset completed for buyer %s (%s) from %s",
               buyer.id, buyer.email, request.remote_addr)
    return render_template("portal/reset_done.html")
