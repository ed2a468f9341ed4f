"""PIN registry for operators on the dye-room and polishing-line terminals.

Operators clock into a terminal with a 6-digit PIN before they can release a
dye lot or start a tumbling batch.
"""
import base64
import hashlib
import logging
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timezone

log = logging.getLogger("floor.pins")

PIN_ITERATIONS = 1_000
PIN_LENGTH = 6


@dataclass
class OperatorRecord:
    badge_no: str
    display_name: str
    station: str
    pin_salt: str = ""
    pin_hash: str = ""
    updated_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def _derive(pin: str, salt: bytes, rounds: int = PIN_ITERATIONS) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, rounds)


class PinRegistry:
    def __init__(self, repository):
        self.repo = repository

    def set_pin(self, badge_no: str, pin: str) -> None:
        if len(pin) != PIN_LENGTH or not pin.isdigit():
            raise ValueError("PIN must be six digits")
        record = self.repo.get(badge_no)
        salt = secrets.token_bytes(16)
        record.pin_salt = base64.b64encode(salt).decode()
        record.pin_hash = base64.b64encode(_derive(pin, salt)).decode()
        record.updated_at = datetime.now(timezone.utc)
        self.repo.save(record)
        log.info("PIN updated for badge %s at station %s", badge_no, record.station)

    def check_pin(self, badge_no: str, pin: str) -> bool:
        record = self.repo.get(badge_no)
        if record is None or not record.pin_hash:
            return False
        expected = base64.b64decode(record.pin_hash)
        actual = _derive(pin, base64.b64decode(record.pin_salt))
        return secrets.compare_digest(expected, actual)
