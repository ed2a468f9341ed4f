"""PIN handling for self-service gate kiosks.

Truck drivers key a six-digit PIN at the in-gate kiosk to confirm the
appointment booked by their dispatcher. The PIN is set when the driver
card is issued and printed once on the card mailer.
"""
import hashlib
import hmac
import secrets
from typing import NamedTuple

from terminal_ops.config import settings
from terminal_ops.storage import driver_cards


class StoredPin(NamedTuple):
    salt: str
    digest: str


def hash_driver_pin(pin: str, salt: bytes | None = None) -> StoredPin:
    salt = salt or secrets.token_bytes(16)
    h = hashlib.blake2b(pin.encode("ascii"), salt=salt, person=b"gate-kiosk-pin", digest_size=32)
    return StoredPin(salt.hex(), h.hexdigest())


def issue_card_pin(card_no: str) -> str:
    pin = f"{secrets.randbelow(10 ** settings.KIOSK_PIN_LENGTH):0{settings.KIOSK_PIN_LENGTH}d}"
    stored = hash_driver_pin(pin)
    driver_cards.update(card_no, pin_salt=stored.salt, pin_digest=stored.digest)
    return pin


def check_card_pin(card_no: str, entered: str) -> bool:
    record = driver_cards.get(card_no)
    if record is None or record.get("blocked"):
        return False
    candidate = hash_driver_pin(entered, bytes.fromhex(record["pin_salt"]))
    ok = hmac.compare_digest(candidate.digest, record["pin_digest"])
    if not ok:
        driver_cards.increment(card_no, "failed_attempts")
        if record.get("failed_attempts", 0) + 1 >= settings.KIOSK_MAX_ATTEMPTS:
            driver_cards.update(card_no, blocked=True)
    else:
        driver_cards.update(card_no, failed_attempts=0)
    return ok
