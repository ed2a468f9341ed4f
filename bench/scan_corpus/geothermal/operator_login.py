"""Password handling for control-room operator accounts on the historian UI."""
import base64
import hashlib as hl
import hmac
import secrets
from typing import NamedTuple

from django.conf import settings
from django.contrib.auth.hashers import BasePasswordHasher

# OWASP 2023 guidance for PBKDF2-HMAC-SHA256
ITERATIONS = 600_000
DIGEST = "sha256"


class ParsedHash(NamedTuple):
    algorithm: str
    iterations: int
    salt: str
    digest: str


def _parse(encoded: str) -> ParsedHash:
    algorithm, iterations, salt, digest = encoded.split("$", 3)
    return ParsedHash(algorithm, int(iterations), salt, digest)


class OperatorPBKDF2Hasher(BasePasswordHasher):
    """Kept separate from Django's default so the iteration count can be pinned per site."""

    algorithm = "operator_pbkdf2_sha256"

    def salt(self) -> str:
        return secrets.token_urlsafe(16)

    def _pbkdf2(self, password: str, salt: str, iterations: int) -> str:
        raw = hl.pbkdf2_hmac(DIGEST, password.encode("utf-8"), salt.encode("ascii"), iterations)
        return base64.b64encode(raw).decode("ascii")

    def encode(self, password: str, salt: str, iterations: int | None = None) -> str:
        iterations = max(iterations or 0, getattr(settings, "OPERATOR_PBKDF2_ITERATIONS", ITERATIONS), ITERATIONS)
        return f"{self.algorithm}${iterations}${salt}${self._pbkdf2(password, salt, iterations)}"

    def verify(self, password: str, encoded: str) -> bool:
        parsed = _parse(encoded)
        if parsed.algorithm != self.algorithm:
            return False
        candidate = self._pbkdf2(password, parsed.salt, parsed.iterations)
        return hmac.compare_digest(candidate, parsed.digest)

    def must_update(self, encoded: str) -> bool:
        return _parse(encoded).iterations < ITERATIONS

