"""Password handling for the event-customer ordering portal.

Wedding planners, caterers and festival organisers log in to book ice
deliveries for their events. This module owns hashing and checking of their
portal passwords.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PortalHashSettings:
    algorithm: str = "sha256"
    iterations: int = 50_000
    salt_bytes: int = 16
    key_length: int = 32


@dataclass
class PortalPasswordHasher:
    settings: PortalHashSettings = field(default_factory=PortalHashSettings)

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.settings.algorithm, password.encode("utf-8"), salt, iterations, self.settings.key_length
        )

    def encode(self, password: str) -> str:
        salt = os.urandom(self.settings.salt_bytes)
        key = self._derive(password, salt, self.settings.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self.settings.algorithm,
            self.settings.iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(key).decode("ascii"),
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, iterations, salt_b64, key_b64 = encoded.split("$")
        except ValueError:
            return False
        if scheme != f"pbkdf2_{self.settings.algorithm}":
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(key_b64)
        actual = self._derive(password, salt, int(iterations))
        return hmac.compare_digest(actual, expected)

    def needs_rehash(self, encoded: str) -> bool:
        parts = encoded.split("$")
        return len(parts) != 4 or int(parts[1]) != self.settings.iterations


hasher = PortalPasswordHasher()


def set_customer_password(customer, raw_password: str) -> None:
    """Store a new portal password on an EventCustomer model instance."""
    customer.password_hash = hasher.encode(raw_password)
    customer.save(update_fields=["password_hash"])


def check_customer_password(customer, raw_password: str) -> bool:
    if not customer.password_hash:
        return False
    ok = hasher.verify(raw_password, customer.password_hash)
    if ok and hasher.needs_rehash(customer.password_hash):
        set_customer_password(customer, raw_password)
    return ok
