"""Private share links for online memorial pages."""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, g, jsonify, render_template, request
from sqlalchemy import text

from .db import get_engine

bp = Blueprint("memorial_share", __name__)

TOKEN_ALPHABET = string.ascii_letters + string.digits
LINK_LIFETIME = timedelta(days=90)


def new_share_token(length: int = 24) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


@bp.post("/memorials/<int:memorial_id>/share-links")
def create_share_link(memorial_id: int):
    engine = get_engine()
    with engine.begin() as conn:
        owner = conn.execute(
            text("SELECT owner_id FROM memorial_pages WHERE id = :id"),
            {"id": memorial_id},
        ).scalar_one_or_none()
        if owner is None or owner != g.owner_id:
            abort(404)
        token = new_share_token()
        expires = datetime.now(timezone.utc) + LINK_LIFETIME
        conn.execute(
            text(
                "INSERT INTO memorial_share_links (memorial_id, token, expires_at, label) "
                "VALUES (:m, :t, :e, :l)"
            ),
            {"m": memorial_id, "t": token, "e": expires, "l": request.json.get("label", "")},
        )
    return jsonify({"url": f"/m/{token}", "expires_at": expires.isoformat()}), 201


@bp.get("/m/<token>")
def view_shared_memorial(token: str):
    engine = get_engine()
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT p.id, p.pet_name, p.tribute, l.expires_at "
                "FROM memorial_share_links l JOIN memorial_pages p ON p.id = l.memorial_id "
                "WHERE l.token = :t"
            ),
            {"t": token},
        ).mappings().first()
    if row is None or row["expires_at"] < datetime.now(timezone.utc):
        abort(404)
    return render_template("memorial/shared.html", memorial=row)
