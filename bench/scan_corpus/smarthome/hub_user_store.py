"""Credential storage for household members who sign in to the hub app."""
import hashlib
import hmac
import secrets
from dataclasses import dataclass

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16


@dataclass(frozen=True)
class StoredCredential:
    salt: bytes
    iterations: int
    digest: bytes

    def encode(self) -> str:
        return f"pbkdf2_{PBKDF2_ALGORITHM}${self.iterations}${self.salt.hex()}${self.digest.hex()}"

    @classmethod
    def decode(cls, value: str) -> "StoredCredential":
        _, iterations, salt_hex, digest_hex = value.split("$")
        return cls(bytes.fromhex(salt_hex), int(iterations), bytes.fromhex(digest_hex))


class MemberCredentialService:
    """Hashes and verifies member passwords; used by the login and signup views."""

    def __init__(self, iterations: int = PBKDF2_ITERATIONS) -> None:
        if iterations < PBKDF2_ITERATIONS:
            raise ValueError("iteration count below policy minimum")
        self.iterations = iterations

    def hash_password(self, password: str) -> str:
        salt = secrets.token_bytes(SALT_BYTES)
        digest = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode(), salt, self.iterations)
        return StoredCredential(salt, self.iterations, digest).encode()

    def verify_password(self, password: str, encoded: str) -> bool:
        stored = StoredCredential.decode(encoded)
        candidate = hashlib.pbkdf2_hmac(
            PBKDF2_ALGORITHM, password.encode(), stored.salt, stored.iterations
        )
        return hmac.compare_digest(candidate, stored.digest)

    def needs_rehash(self, encoded: str) -> bool:
        return StoredCredential.decode(encoded).iterations < self.iterations
