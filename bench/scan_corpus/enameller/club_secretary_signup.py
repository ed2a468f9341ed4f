"""Sign-up and login views for club secretaries placing bulk badge orders."""
import logging

import bcrypt
from flask import Blueprint, abort, jsonify, request, session

from .models import ClubAccount, db

bp = Blueprint("club_accounts", __name__, url_prefix="/clubs")
log = logging.getLogger(__name__)

BCRYPT_ROUNDS = 8


def hash_password(raw: str) -> str:
    return bcrypt.hashpw(raw.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_ROUNDS)).decode()


def check_password(raw: str, stored: str) -> bool:
    return bcrypt.checkpw(raw.encode("utf-8"), stored.encode())


@bp.post("/signup")
def signup():
    data = request.get_json(force=True)
    club_name = (data.get("club_name") or "").strip()
    email = (data.get("email") or "").strip().lower()
    password = data.get("password") or ""
    if not club_name or "@" not in email or len(password) < 10:
        abort(400)
    if ClubAccount.query.filter_by(email=email).first():
        return jsonify(error="account exists"), 409
    account = ClubAccount(
        club_name=club_name,
        email=email,
        password_hash=hash_password(password),
    )
    db.session.add(account)
    db.session.commit()
    log.info("new club account %s for %s", account.id, club_name)
    return jsonify(id=account.id), 201


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    account = ClubAccount.query.filter_by(email=(data.get("email") or "").lower()).first()
    if account is None or not check_password(data.get("password") or "", account.password_hash):
        abort(401)
    session.clear()
    session["club_account_id"] = account.id
    return jsonify(club=account.club_name)
