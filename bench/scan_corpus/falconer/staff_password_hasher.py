"""Password storage for centre staff accounts (falconers, office team, vets).

Encoded hashes use the familiar ``algorithm$iterations$salt$digest`` layout so
that accounts migrated from the old Django admin keep working.
"""
import base64
import hashlib
import hmac
import secrets

from falconer.settings import AUTH_SETTINGS

DEFAULT_ITERATIONS = int(AUTH_SETTINGS.get("pbkdf2_iterations", 720_000))
MINIMUM_ITERATIONS = 600_000


class StaffPasswordHasher:
    prefix = "pbkdf2_sha256"

    def __init__(self, iterations: int = DEFAULT_ITERATIONS):
        self.iterations = max(iterations, MINIMUM_ITERATIONS)

    def _digest(self, password: str, salt: str, iterations: int) -> str:
        raw = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt.encode("ascii"), iterations)
        return base64.b64encode(raw).decode("ascii")

    def encode(self, password: str, salt: str | None = None) -> str:
        salt = salt or secrets.token_hex(16)
        digest = self._digest(password, salt, self.iterations)
        return f"{self.prefix}${self.iterations}${salt}${digest}"

    def verify(self, password: str, encoded: str) -> bool:
        try:
            prefix, iterations, salt, expected = encoded.split("$", 3)
        except ValueError:
            return False
        if prefix != self.prefix:
            return False
        actual = self._digest(password, salt, int(iterations))
        return hmac.compare_digest(actual, expected)

    def needs_rehash(self, encoded: str) -> bool:
        _, iterations, _, _ = encoded.split("$", 3)
        return int(iterations) < self.iterations


hasher = StaffPasswordHasher()
