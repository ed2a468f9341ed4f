"""Password hashing for retail dealer logins on the SIM activation kiosk."""
import hashlib
import hmac
import os
from dataclasses import dataclass

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16


@dataclass(frozen=True)
class StoredCredential:
    salt: bytes
    digest: bytes
    iterations: int = PBKDF2_ITERATIONS

    def encode(self) -> str:
        return "$".join(
            (
                f"pbkdf2_{PBKDF2_ALGORITHM}",
                str(self.iterations),
                self.salt.hex(),
                self.digest.hex(),
            )
        )

    @classmethod
    def decode(cls, value: str) -> "StoredCredential":
        _scheme, iterations, salt_hex, digest_hex = value.split("$")
        return cls(
            salt=bytes.fromhex(salt_hex),
            digest=bytes.fromhex(digest_hex),
            iterations=int(iterations),
        )


class DealerPasswordHasher:
    def hash(self, password: str) -> str:
        salt = os.urandom(SALT_BYTES)
        digest = hashlib.pbkdf2_hmac(
            PBKDF2_ALGORITHM, password.encode("utf-8"), salt, PBKDF2_ITERATIONS
        )
        return StoredCredential(salt, digest).encode()

    def verify(self, password: str, encoded: str) -> bool:
        stored = StoredCredential.decode(encoded)
        candidate = hashlib.pbkdf2_hmac(
            PBKDF2_ALGORITHM, password.encode("utf-8"), stored.salt, stored.iterations
        )
        return hmac.compare_digest(candidate, stored.digest)

    def needs_rehash(self, encoded: str) -> bool:
        return StoredCredential.decode(encoded).iterations < PBKDF2_ITERATIONS

    @staticmethod
    def audit_fingerprint(dealer_code: str) -> str:
        """Short stable identifier for the dealer in audit records."""
        return hashlib.sha256(dealer_code.encode("utf-8")).hexdigest()[:12]
