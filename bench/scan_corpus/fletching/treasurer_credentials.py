"""Login for club treasurers who settle the club's arrow invoices online."""
import base64
import hashlib
import hmac
import os

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
SALT_BYTES = 16


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def encode_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(SALT_BYTES)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, ITERATIONS)
    return f"{ALGORITHM}${ITERATIONS}${_b64(salt)}${_b64(dk)}"


def verify_password(password: str, encoded: str) -> tuple[bool, bool]:
    """Return (matches, needs_upgrade) for a stored treasurer password."""
    try:
        algorithm, iterations, salt, expected = encoded.split("$")
        rounds = int(iterations)
    except ValueError:
        return False, False
    if algorithm != ALGORITHM:
        return False, False
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), _unb64(salt), rounds)
    matches = hmac.compare_digest(dk, _unb64(expected))
    return matches, matches and rounds < ITERATIONS


class TreasurerLogin:
    def __init__(self, repo):
        self.repo = repo

    def login(self, club_code: str, username: str, password: str):
        treasurer = self.repo.find_treasurer(club_code.upper(), username.lower())
        if treasurer is None:
            return None
        ok, upgrade = verify_password(password, treasurer.password_encoded)
        if not ok:
            return None
        if upgrade:
            treasurer.password_encoded = encode_password(password)
            self.repo.save(treasurer)
        return treasurer

    def set_password(self, treasurer, new_password: str) -> None:
        if len(new_password) < 12:
            raise ValueError("treasurer passwords need at least 12 characters")
        treasurer.password_encoded = encode_password(new_password)
        self.repo.save(treasurer)
