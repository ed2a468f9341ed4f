"""Issue and redeem the one-click "accept this quote" links emailed to customers."""
from __future__ import annotations

import os
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Flask, abort, jsonify, redirect, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["QUOTES_DATABASE_URL"], pool_pre_ping=True)

PORTAL_BASE = os.environ["PORTAL_BASE_URL"].rstrip("/")
LINK_LIFETIME = timedelta(days=21)
TOKEN_ALPHABET = string.ascii_letters + string.digits


def new_acceptance_token(length: int = 32) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


@app.post("/quotes/<int:quote_id>/acceptance-link")
def create_acceptance_link(quote_id: int):
    token = new_acceptance_token()
    expires = datetime.now(timezone.utc) + LINK_LIFETIME
    with engine.begin() as conn:
        updated = conn.execute(
            text(
                "UPDATE quotes SET accept_token = :token, accept_expires = :expires "
                "WHERE id = :id AND status = 'issued'"
            ),
            {"token": token, "expires": expires, "id": quote_id},
        ).rowcount
    if not updated:
        abort(404, "no issued quote with that id")
    return jsonify({"url": f"{PORTAL_BASE}/accept/{token}", "expires": expires.isoformat()})


@app.get("/accept/<token>")
def accept_quote(token: str):
    now = datetime.now(timezone.utc)
    with engine.begin() as conn:
        row = conn.execute(
            text(
                "SELECT id, property_ref FROM quotes "
                "WHERE accept_token = :token AND accept_expires > :now AND status = 'issued'"
            ),
            {"token": token, "now": now},
        ).mappings().first()
        if row is None:
            abort(404, "this link has expired or the quote was already accepted")
        conn.execute(
            text(
                "UPDATE quotes SET status = 'accepted', accepted_at = :now, "
                "accept_token = NULL, accepted_ip = :ip WHERE id = :id"
            ),
            {"now": now, "ip": request.remote_addr, "id": row["id"]},
        )
    return redirect(f"{PORTAL_BASE}/thanks?property={row['property_ref']}")
