"""Password storage for core studio staff accounts (admin dashboard)."""
import base64
import hashlib
import hmac
import secrets

from django.conf import settings

DEFAULT_ITERATIONS = 720_000


def _iterations() -> int:
    return max(getattr(settings, "STAFF_PBKDF2_ITERATIONS", DEFAULT_ITERATIONS), DEFAULT_ITERATIONS)


class StaffPasswordHasher:
    algorithm = "pbkdf2_sha256"

    def encode(self, password: str, salt: str | None = None) -> str:
        salt = salt or secrets.token_urlsafe(18)
        iterations = _iterations()
        dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), iterations)
        return f"{self.algorithm}${iterations}${salt}${base64.b64encode(dk).decode()}"

    def verify(self, password: str, encoded: str) -> bool:
        algorithm, iterations, salt, expected = encoded.split("$", 3)
        if algorithm != self.algorithm:
            return False
        dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), int(iterations))
        return hmac.compare_digest(base64.b64encode(dk).decode(), expected)

    def must_update(self, encoded: str) -> bool:
        _, iterations, _, _ = encoded.split("$", 3)
        return int(iterations) < _iterations()


hasher = StaffPasswordHasher()


def change_password(user, new_password: str) -> None:
    user.password = hasher.encode(new_password)
    user.save(update_fields=["password"])


def check_and_upgrade(user, password: str) -> bool:
    if not hasher.verify(password, user.password):
        return False
    if hasher.must_update(user.password):
        change_password(user, password)
    return True
