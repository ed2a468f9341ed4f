"""Staff login credentials for the taproom point of sale back office."""
import bcrypt

from pos.db import get_connection

BCRYPT_ROUNDS = 12
MIN_PASSWORD_LENGTH = 10


class CredentialError(Exception):
    pass


def hash_staff_password(password: str) -> bytes:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise CredentialError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    # bcrypt only looks at the first 72 bytes
    if len(password.encode("utf-8")) > 72:
        raise CredentialError("password too long")
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_ROUNDS))


def set_password(staff_id: int, password: str) -> None:
    conn = get_connection()
    with conn:
        conn.execute(
            "UPDATE staff SET password_hash = ?, must_change_password = 0 WHERE id = ?",
            (hash_staff_password(password), staff_id),
        )


def verify_login(username: str, password: str) -> int | None:
    conn = get_connection()
    row = conn.execute(
        "SELECT id, password_hash, active FROM staff WHERE username = ?",
        (username.strip().lower(),),
    ).fetchone()
    if row is None or not row[2]:
        return None
    if not bcrypt.checkpw(password.encode("utf-8"), row[1]):
        return None
    return row[0]
