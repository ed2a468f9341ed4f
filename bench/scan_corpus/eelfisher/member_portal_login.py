"""Member portal sign-in for the co-operative.

Fishermen log in to see their quota balance, licence returns and payout
statements. Credentials live in the ``members`` table of the portal database.
"""

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, abort, current_app, g, request, session

bp = Blueprint("member_portal", __name__, url_prefix="/portal")


@dataclass(frozen=True)
class CredentialPolicy:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


POLICY = CredentialPolicy()


def _db() -> sqlite3.Connection:
    if "portal_db" not in g:
        g.portal_db = sqlite3.connect(current_app.config["PORTAL_DB_PATH"])
        g.portal_db.row_factory = sqlite3.Row
    return g.portal_db


def derive(password: str, salt: bytes, policy: CredentialPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)


def encode_credential(password: str) -> str:
    salt = os.urandom(POLICY.salt_bytes)
    digest = derive(password, salt)
    return "$".join(
        [
            POLICY.algorithm,
            str(POLICY.iterations),
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        ]
    )


def check_credential(password: str, stored: str) -> bool:
    algorithm, iterations, salt_b64, digest_b64 = stored.split("$")
    policy = CredentialPolicy(algorithm=algorithm, iterations=int(iterations))
    candidate = derive(password, base64.b64decode(salt_b64), policy)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def register_member(member_no: str, display_name: str, password: str) -> None:
    conn = _db()
    conn.execute(
        "INSERT INTO members (member_no, display_name, credential) VALUES (?, ?, ?)",
        (member_no, display_name, encode_credential(password)),
    )
    conn.commit()


@bp.post("/login")
def login():
    member_no = request.form.get("member_no", "").strip()
    password = request.form.get("password", "")
    row = _db().execute(
        "SELECT member_no, credential FROM members WHERE member_no = ? AND active = 1",
        (member_no,),
    ).fetchone()
    if row is None or not check_credential(password, row["credential"]):
        abort(401)
    session.clear()
    session["member_no"] = row["member_no"]
    return {"status": "ok", "member_no": row["member_no"]}
