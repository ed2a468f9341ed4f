"""Invite codes that let a new fashion house register on the wholesale portal.

Account managers issue a code after a trade-fair meeting; the house enters it
on the sign-up form together with its VAT number.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request

from .db import get_db
from .auth import require_account_manager

bp = Blueprint("invites", __name__, url_prefix="/admin/invites")

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
VALID_DAYS = 21


def make_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


@bp.post("/")
@require_account_manager
def issue_invite():
    body = request.get_json(force=True)
    house = (body.get("house_name") or "").strip()
    if not house:
        abort(400, "house_name required")
    code = make_code()
    expires = datetime.now(timezone.utc) + timedelta(days=VALID_DAYS)
    db = get_db()
    db.execute(
        "INSERT INTO invites (code, house_name, issued_by, expires_at) VALUES (?, ?, ?, ?)",
        (code, house, request.account_manager.id, expires.isoformat()),
    )
    db.commit()
    return jsonify({"code": code, "house": house, "expires_at": expires.isoformat()}), 201


@bp.get("/")
@require_account_manager
def list_invites():
    rows = get_db().execute(
        "SELECT house_name, expires_at, redeemed_at FROM invites WHERE issued_by = ? "
        "ORDER BY expires_at DESC",
        (request.account_manager.id,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])
