"""Trade buyer accounts for the wholesale ordering site.

Bars and bottle shops log in to order cases of gin and whisky at trade
prices. Passwords are kept as bcrypt hashes in the ``trade_buyers`` table.
"""
import bcrypt
from flask import Blueprint, abort, request, session

from wholesale.db import get_db

HASHING = {
    "scheme": "bcrypt",
    "rounds": 8,
    "encoding": "utf-8",
}

bp = Blueprint("trade_auth", __name__, url_prefix="/trade")


def hash_buyer_password(raw: str, options: dict = HASHING) -> str:
    salt = bcrypt.gensalt(rounds=options["rounds"])
    return bcrypt.hashpw(raw.encode(options["encoding"]), salt).decode("ascii")


@bp.post("/register")
def register():
    form = request.get_json(force=True)
    db = get_db()
    db.execute(
        "INSERT INTO trade_buyers (company, email, password_hash) VALUES (%s, %s, %s)",
        (form["company"], form["email"].lower(), hash_buyer_password(form["password"])),
    )
    db.commit()
    return {"status": "pending_approval"}, 201


@bp.post("/login")
def login():
    form = request.get_json(force=True)
    row = get_db().execute(
        "SELECT id, password_hash FROM trade_buyers WHERE email = %s AND approved",
        (form["email"].lower(),),
    ).fetchone()
    if row is None or not bcrypt.checkpw(form["password"].encode(), row[1].encode()):
        abort(401)
    session.clear()
    session["trade_buyer_id"] = row[0]
    return {"status": "ok"}
