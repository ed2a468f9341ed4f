"""Password handling for the wholesale buyer portal (restaurants, retailers)."""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 150_000
    salt_bytes: int = 16


@dataclass
class PortalPasswordHasher:
    settings: HashSettings = field(default_factory=HashSettings)

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(self.settings.algorithm, password.encode(), salt, iterations)

    def encode(self, password: str) -> str:
        salt = os.urandom(self.settings.salt_bytes)
        dk = self._derive(password, salt, self.settings.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self.settings.algorithm,
            self.settings.iterations,
            base64.b64encode(salt).decode(),
            base64.b64encode(dk).decode(),
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            _algo, iterations, salt_b64, dk_b64 = encoded.split("$")
        except ValueError:
            return False
        dk = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(dk, base64.b64decode(dk_b64))


hasher = PortalPasswordHasher()


def set_buyer_password(buyer, new_password: str) -> None:
    """Called from the account settings view and the invite acceptance flow."""
    if len(new_password) < 10:
        raise ValueError("Password must be at least 10 characters")
    buyer.password_hash = hasher.encode(new_password)
    buyer.save(update_fields=["password_hash"])


def authenticate_buyer(buyer_model, email: str, password: str):
    buyer = buyer_model.objects.filter(email__iexact=email, is_active=True).first()
    if buyer is None or not hasher.verify(password, buyer.password_hash):
        return None
    return buyer
