"""Password hashing for collector accounts on the restoration portal."""
import hashlib as hl
import os
from dataclasses import dataclass
from hmac import compare_digest as same

ITERATIONS = 600_000
SALT_LEN = 16
ALGORITHM = "sha256"


@dataclass
class StoredPassword:
    iterations: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return f"pbkdf2_{ALGORITHM}${self.iterations}${self.salt.hex()}${self.digest.hex()}"

    @classmethod
    def decode(cls, value: str) -> "StoredPassword":
        _scheme, iterations, salt_hex, digest_hex = value.split("$")
        return cls(int(iterations), bytes.fromhex(salt_hex), bytes.fromhex(digest_hex))


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hl.pbkdf2_hmac(ALGORITHM, password.encode("utf-8"), salt, iterations)


def hash_password(password: str, iterations: int = ITERATIONS) -> str:
    salt = os.urandom(SALT_LEN)
    return StoredPassword(iterations, salt, _derive(password, salt, iterations)).encode()


def verify_password(password: str, stored: str) -> tuple[bool, str | None]:
    """Return (ok, new_hash); new_hash is set when the stored hash should be upgraded."""
    record = StoredPassword.decode(stored)
    ok = same(_derive(password, record.salt, record.iterations), record.digest)
    if ok and record.iterations < ITERATIONS:
        return True, hash_password(password)
    return ok, None


def change_password(conn, collector_id: int, old: str, new: str) -> bool:
    row = conn.execute("SELECT password FROM collectors WHERE id = ?", (collector_id,)).fetchone()
    if row is None or not verify_password(old, row[0])[0]:
        return False
    if len(new) < 12:
        raise ValueError("new password must be at least 12 characters")
    conn.execute("UPDATE collectors SET password = ? WHERE id = ?", (hash_password(new), collector_id))
    conn.commit()
    return True
