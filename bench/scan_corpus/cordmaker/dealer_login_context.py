"""Password context for marine dealer logins on the trade portal."""
from typing import Optional

from passlib.context import CryptContext

from cordmaker.db import get_connection

HASHING_OPTIONS = {
    "schemes": ["bcrypt"],
    "deprecated": "auto",
    "bcrypt__rounds": 8,
}


def build_context(options: Optional[dict] = None) -> CryptContext:
    opts = dict(HASHING_OPTIONS)
    if options:
        opts.update(options)
    return CryptContext(**opts)


pwd_context = build_context()


def set_dealer_password(dealer_id: int, new_password: str) -> None:
    if len(new_password) < 10:
        raise ValueError("password too short")
    hashed = pwd_context.hash(new_password)
    with get_connection() as conn, conn.cursor() as cur:
        cur.execute(
            "UPDATE dealer_login SET password_hash = %s, must_rotate = false WHERE dealer_id = %s",
            (hashed, dealer_id),
        )


def authenticate_dealer(email: str, password: str) -> Optional[int]:
    with get_connection() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT dealer_id, password_hash FROM dealer_login WHERE email = %s AND active",
            (email.lower(),),
        )
        row = cur.fetchone()
    if row is None:
        pwd_context.dummy_verify()
        return None
    dealer_id, stored = row
    valid, replacement = pwd_context.verify_and_update(password, stored)
    if not valid:
        return None
    if replacement:
        with get_connection() as conn, conn.cursor() as cur:
            cur.execute(
                "UPDATE dealer_login SET password_hash = %s WHERE dealer_id = %s",
                (replacement, dealer_id),
            )
    return dealer_id
