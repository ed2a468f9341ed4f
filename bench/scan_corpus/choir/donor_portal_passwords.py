"""Password hashing for the donor and patron self-service portal."""
import base64
import hashlib
import hmac
import secrets

HASHING = {
    "algorithm": "sha256",
    "iterations": 720_000,
    "salt_bytes": 16,
}


class DonorPasswordHasher:
    """PBKDF2 hasher whose parameters come from the HASHING settings block."""

    algorithm = HASHING["algorithm"]
    iterations = HASHING["iterations"]
    salt_bytes = HASHING["salt_bytes"]
    prefix = "pbkdf2"

    def _digest(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(self.algorithm, password.encode(), salt, iterations)

    def encode(self, password: str) -> str:
        salt = secrets.token_bytes(self.salt_bytes)
        digest = self._digest(password, salt, self.iterations)
        return "{}_{}${}${}${}".format(
            self.prefix,
            self.algorithm,
            self.iterations,
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            _, iterations, salt_b64, digest_b64 = encoded.split("$")
            salt = base64.b64decode(salt_b64)
            expected = base64.b64decode(digest_b64)
            rounds = int(iterations)
        except ValueError:
            return False
        actual = self._digest(password, salt, rounds)
        return hmac.compare_digest(actual, expected)

    def must_update(self, encoded: str) -> bool:
        _, iterations, _, _ = encoded.split("$")
        return int(iterations) < self.iterations


def set_donor_password(donor, raw_password: str, hasher: DonorPasswordHasher | None = None) -> None:
    """Store a new password hash on a donor record."""
    hasher = hasher or DonorPasswordHasher()
    if len(raw_password) < 12:
        raise ValueError("Donor passwords need at least 12 characters")
    donor.password_hash = hasher.encode(raw_password)


def check_donor_password(donor, raw_password: str) -> bool:
    hasher = DonorPasswordHasher()
    ok = hasher.verify(raw_password, donor.password_hash or "")
    if ok and hasher.must_update(donor.password_hash):
        donor.password_hash = hasher.encode(raw_password)
    return ok
