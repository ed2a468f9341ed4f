"""PIN login for the customer proof-approval portal.

Club secretaries get a six digit PIN with their order confirmation so they can
sign off artwork proofs without creating a full account.
"""
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timezone

PIN_ITERATIONS = 25_000
PIN_LENGTH = 6


@dataclass
class PortalPin:
    order_ref: str
    salt: bytes
    digest: bytes
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    failed_attempts: int = 0


def _derive(pin: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, PIN_ITERATIONS)


def issue_pin(order_ref: str) -> tuple[str, PortalPin]:
    """Return the clear PIN (for the confirmation email) and the record to store."""
    pin = "".join(secrets.choice("0123456789") for _ in range(PIN_LENGTH))
    salt = secrets.token_bytes(16)
    return pin, PortalPin(order_ref=order_ref, salt=salt, digest=_derive(pin, salt))


class PinVerifier:
    max_attempts = 5

    def __init__(self, store):
        self.store = store

    def check(self, order_ref: str, pin: str) -> bool:
        record = self.store.get(order_ref)
        if record is None or record.failed_attempts >= self.max_attempts:
            return False
        if not pin.isdigit() or len(pin) != PIN_LENGTH:
            return False
        ok = hmac.compare_digest(_derive(pin, record.salt), record.digest)
        if not ok:
            record.failed_attempts += 1
            self.store.save(record)
        return ok
