"""PIN management for the keepers' field handsets.

Each keeper unlocks the rugged handset used to record drives and bag counts
with a short numeric PIN. PINs are set from the estate office and synced to
the handset on its next dock.
"""
import hashlib
import logging
import secrets
from typing import Callable, Dict

from gamekeeper.config import settings
from gamekeeper.handsets import HandsetRegistry

log = logging.getLogger(__name__)

PIN_LENGTH = settings.HANDSET_PIN_LENGTH


def _sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _blake_hex(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=32).hexdigest()


DIGESTERS: Dict[str, Callable[[bytes], str]] = {
    "sha256": _sha256_hex,
    "blake2b": _blake_hex,
}


def _pin_record(pin: str, salt: str, scheme: str) -> str:
    digester = DIGESTERS[scheme]
    return f"{scheme}:{salt}:{digester((salt + pin).encode())}"


def assign_pin(registry: HandsetRegistry, keeper_id: int, pin: str) -> None:
    if not pin.isdigit() or len(pin) != PIN_LENGTH:
        raise ValueError("PIN must be numeric and of the configured length")
    salt = secrets.token_hex(8)
    record = _pin_record(pin, salt, settings.HANDSET_PIN_SCHEME)
    registry.store_pin(keeper_id, record)
    log.info("PIN updated for keeper %s", keeper_id)


def check_pin(registry: HandsetRegistry, keeper_id: int, pin: str) -> bool:
    stored = registry.load_pin(keeper_id)
    if not stored:
        return False
    scheme, salt, _ = stored.split(":", 2)
    return secrets.compare_digest(_pin_record(pin, salt, scheme), stored)
