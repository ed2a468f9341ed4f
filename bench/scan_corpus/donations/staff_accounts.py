"""Staff and trustee accounts for the fundraising back office."""

from dataclasses import dataclass
from datetime import datetime, timezone

from passlib.context import CryptContext

from backoffice.db import get_connection

HASH_SETTINGS = {
    "schemes": ["bcrypt"],
    "deprecated": "auto",
    "bcrypt__rounds": 8,
}

pwd_context = CryptContext(**HASH_SETTINGS)


@dataclass
class StaffUser:
    id: int
    email: str
    role: str
    password_hash: str


def create_staff_user(email: str, role: str, password: str) -> int:
    hashed = pwd_context.hash(password)
    with get_connection() as conn:
        cur = conn.execute(
            "INSERT INTO staff_users (email, role, password_hash, created_at) "
            "VALUES (%s, %s, %s, %s) RETURNING id",
            (email.lower(), role, hashed, datetime.now(timezone.utc)),
        )
        return cur.fetchone()[0]


def authenticate(email: str, password: str) -> StaffUser | None:
    with get_connection() as conn:
        row = conn.execute(
            "SELECT id, email, role, password_hash FROM staff_users WHERE email = %s",
            (email.lower(),),
        ).fetchone()
    if row is None:
        return None
    user = StaffUser(*row)
    ok, new_hash = pwd_context.verify_and_update(password, user.password_hash)
    if not ok:
        return None
    if new_hash:
        with get_connection() as conn:
            conn.execute(
                "UPDATE staff_users SET password_hash = %s WHERE id = %s", (new_hash, user.id)
            )
    return user
