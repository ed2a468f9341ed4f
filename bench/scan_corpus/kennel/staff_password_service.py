"""Password storage for staff accounts used by the kennel staff app."""
import base64
import hashlib as hl
import hmac
import os
from dataclasses import dataclass


class HashSettings:
    """Tunables for staff credential hashing."""

    ALGORITHM = "sha256"
    ITERATIONS = 150_000
    SALT_BYTES = 16
    PREFIX = "pbkdf2_sha256"


@dataclass
class StaffCredential:
    staff_id: int
    email: str
    password_hash: str


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hl.pbkdf2_hmac(
        HashSettings.ALGORITHM,
        password.encode("utf-8"),
        salt,
        iterations,
    )


def hash_staff_password(password: str) -> str:
    """Return an encoded hash string suitable for the staff table."""
    salt = os.urandom(HashSettings.SALT_BYTES)
    digest = _derive(password, salt, HashSettings.ITERATIONS)
    return "$".join(
        [
            HashSettings.PREFIX,
            str(HashSettings.ITERATIONS),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def verify_staff_password(password: str, encoded: str) -> bool:
    try:
        prefix, iterations, salt_b64, digest_b64 = encoded.split("$")
    except ValueError:
        return False
    if prefix != HashSettings.PREFIX:
        return False
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    candidate = _derive(password, salt, int(iterations))
    return hmac.compare_digest(candidate, expected)


def register_staff(conn, email: str, password: str) -> StaffCredential:
    encoded = hash_staff_password(password)
    cur = conn.cursor()
    cur.execute(
        "INSERT INTO staff (email, password_hash) VALUES (%s, %s) RETURNING id",
        (email.lower().strip(), encoded),
    )
    staff_id = cur.fetchone()[0]
    conn.commit()
    return StaffCredential(staff_id=staff_id, email=email, password_hash=encoded)


def authenticate_staff(conn, email: str, password: str) -> StaffCredential | None:
    cur = conn.cursor()
    cur.execute(
        "SELECT id, email, password_hash FROM staff WHERE email = %s AND active",
        (email.lower().strip(),),
    )
    row = cur.fetchone()
    if row is None:
        return None
    if not verify_staff_password(password, row[2]):
        return None
    return StaffCredential(staff_id=row[0], email=row[1], password_hash=row[2])
