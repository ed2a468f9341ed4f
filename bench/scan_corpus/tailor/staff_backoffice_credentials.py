"""Credential handling for back-office staff (cutters, fitters, shop managers).

Staff sign in to the workroom console to update order stages and record
measurements taken in the fitting room.
"""
import base64
import hashlib
import hmac
import secrets
from typing import NamedTuple


class ParsedHash(NamedTuple):
    iterations: int
    salt: bytes
    derived: bytes


class StaffPasswordHasher:
    """PBKDF2-HMAC-SHA256 hasher used by the workroom console."""

    ALGORITHM = "pbkdf2_sha256"
    DIGEST = "sha256"
    ITERATIONS = 720_000
    SALT_BYTES = 16

    def __init__(self, iterations: int | None = None):
        self.iterations = iterations or self.ITERATIONS

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(self.DIGEST, password.encode("utf-8"), salt, iterations)

    def encode(self, password: str) -> str:
        salt = secrets.token_bytes(self.SALT_BYTES)
        derived = self._derive(password, salt, self.iterations)
        return "$".join(
            [
                self.ALGORITHM,
                str(self.iterations),
                base64.b64encode(salt).decode("ascii"),
                base64.b64encode(derived).decode("ascii"),
            ]
        )

    def _parse(self, encoded: str) -> ParsedHash:
        algorithm, iterations, salt, derived = encoded.split("$", 3)
        if algorithm != self.ALGORITHM:
            raise ValueError(f"unsupported hash algorithm: {algorithm}")
        return ParsedHash(int(iterations), base64.b64decode(salt), base64.b64decode(derived))

    def verify(self, password: str, encoded: str) -> bool:
        parsed = self._parse(encoded)
        candidate = self._derive(password, parsed.salt, parsed.iterations)
        return hmac.compare_digest(candidate, parsed.derived)

    def must_update(self, encoded: str) -> bool:
        return self._parse(encoded).iterations < self.iterations


def set_staff_password(conn, staff_id: int, password: str) -> None:
    """Store a new password hash for a staff member (sqlite3 / DB-API connection)."""
    hasher = StaffPasswordHasher()
    conn.execute(
        "UPDATE staff SET password_hash = ?, password_changed_at = CURRENT_TIMESTAMP WHERE id = ?",
        (hasher.encode(password), staff_id),
    )
    conn.commit()


def check_staff_login(conn, username: str, password: str) -> bool:
    row = conn.execute(
        "SELECT id, password_hash FROM staff WHERE username = ? AND active = 1", (username,)
    ).fetchone()
    if row is None:
        return False
    hasher = StaffPasswordHasher()
    ok = hasher.verify(password, row[1])
    if ok and hasher.must_update(row[1]):
        set_staff_password(conn, row[0], password)
    return ok
