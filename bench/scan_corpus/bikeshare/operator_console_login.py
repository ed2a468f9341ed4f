"""Password handling for the operations console used by dispatchers and mechanics."""

import base64
import hashlib as _hl
import hmac
import secrets
from typing import Optional

import psycopg2.extras


class StaffPasswordHasher:
    """PBKDF2 hasher for staff console accounts."""

    ALGORITHM = "sha256"
    ITERATIONS = 720_000
    SALT_BYTES = 16
    PREFIX = "pbkdf2-sha256"

    def encode(self, password: str) -> str:
        salt = secrets.token_bytes(self.SALT_BYTES)
        digest = _hl.pbkdf2_hmac(self.ALGORITHM, password.encode(), salt, self.ITERATIONS)
        return "%s$%d$%s$%s" % (
            self.PREFIX,
            self.ITERATIONS,
            base64.urlsafe_b64encode(salt).decode(),
            base64.urlsafe_b64encode(digest).decode(),
        )

    def verify(self, password: str, encoded: str) -> bool:
        prefix, iterations, salt_b64, digest_b64 = encoded.split("$", 3)
        if prefix != self.PREFIX:
            return False
        salt = base64.urlsafe_b64decode(salt_b64)
        expected = base64.urlsafe_b64decode(digest_b64)
        candidate = _hl.pbkdf2_hmac(self.ALGORITHM, password.encode(), salt, int(iterations))
        return hmac.compare_digest(candidate, expected)

    def needs_rehash(self, encoded: str) -> bool:
        try:
            _, iterations, _, _ = encoded.split("$", 3)
        except ValueError:
            return True
        return int(iterations) < self.ITERATIONS


_hasher = StaffPasswordHasher()


def login(conn, username: str, password: str) -> Optional[dict]:
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(
            "SELECT id, username, role, password_hash FROM staff_users "
            "WHERE username = %s AND active",
            (username,),
        )
        row = cur.fetchone()
    if row is None or not _hasher.verify(password, row["password_hash"]):
        return None
    if _hasher.needs_rehash(row["password_hash"]):
        with conn.cursor() as cur:
            cur.execute(
                "UPDATE staff_users SET password_hash = %s WHERE id = %s",
                (_hasher.encode(password), row["id"]),
            )
        conn.commit()
    return {"id": row["id"], "username": row["username"], "role": row["role"]}


def reset_staff_password(conn, user_id: int, new_password: str) -> None:
    if len(new_password) < 12:
        raise ValueError("staff passwords need at least 12 characters")
    with conn.cursor() as cur:
        cur.execute(
            "UPDATE staff_users SET password_hash = %s, password_changed_at = now() "
            "WHERE id = %s",
            (_hasher.encode(new_password), user_id),
        )
    conn.commit()
