"""One-time links that let a customer accept a yurt hire quote without logging in."""

import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from sqlalchemy import text

from .db import get_engine

bp = Blueprint("quote_links", __name__, url_prefix="/quotes")

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 32
LINK_TTL = timedelta(days=14)


def new_acceptance_token() -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=TOKEN_LENGTH))


@bp.post("/<int:quote_id>/share")
def share_quote(quote_id: int):
    token = new_acceptance_token()
    expires = datetime.now(timezone.utc) + LINK_TTL
    with get_engine().begin() as conn:
        updated = conn.execute(
            text(
                "UPDATE quotes SET accept_token = :token, accept_expires = :expires "
                "WHERE id = :id AND status = 'draft'"
            ),
            {"token": token, "expires": expires, "id": quote_id},
        ).rowcount
    if not updated:
        abort(404)
    base = current_app.config["PUBLIC_BASE_URL"]
    return jsonify({"url": f"{base}/quotes/accept/{token}", "expires": expires.isoformat()})


@bp.post("/accept/<token>")
def accept_quote(token: str):
    signer_name = (request.form.get("name") or "").strip()
    if not signer_name:
        abort(400)
    with get_engine().begin() as conn:
        row = conn.execute(
            text("SELECT id, accept_expires FROM quotes WHERE accept_token = :token"),
            {"token": token},
        ).first()
        if row is None or row.accept_expires < datetime.now(timezone.utc):
            abort(404)
        conn.execute(
            text(
                "UPDATE quotes SET status = 'accepted', accepted_by = :name, "
                "accepted_at = now(), accept_token = NULL WHERE id = :id"
            ),
            {"name": signer_name, "id": row.id},
        )
    return jsonify({"quote_id": row.id, "status": "accepted"})
