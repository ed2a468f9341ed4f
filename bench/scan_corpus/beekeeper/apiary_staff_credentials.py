"""Staff credential hashing for the honey house back office.

Back-office staff (extraction, bottling, dispatch) sign in to the stock and
order screens. Hashes are stored in a self-describing string so the policy
can change without a migration.
"""
import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class KdfPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_size: int = 16
    dklen: int = 32


DEFAULT_POLICY = KdfPolicy()


class StaffPasswordHasher:
    prefix = "pbkdf2"

    def __init__(self, policy: KdfPolicy = DEFAULT_POLICY):
        self.policy = policy

    def _derive(self, password: str, salt: bytes, algorithm: str, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            algorithm, password.encode("utf-8"), salt, iterations, self.policy.dklen
        )

    def encode(self, password: str) -> str:
        salt = secrets.token_bytes(self.policy.salt_size)
        key = self._derive(password, salt, self.policy.algorithm, self.policy.iterations)
        return "$".join(
            [
                self.prefix,
                self.policy.algorithm,
                str(self.policy.iterations),
                base64.b64encode(salt).decode(),
                base64.b64encode(key).decode(),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            prefix, algorithm, iterations, salt_b64, key_b64 = encoded.split("$")
        except ValueError:
            return False
        if prefix != self.prefix:
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(key_b64)
        actual = self._derive(password, salt, algorithm, int(iterations))
        return hmac.compare_digest(actual, expected)

    def needs_update(self, encoded: str) -> bool:
        parts = encoded.split("$")
        return len(parts) != 5 or int(parts[2]) < self.policy.iterations
