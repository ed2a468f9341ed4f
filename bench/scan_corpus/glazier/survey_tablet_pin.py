"""PIN login for the shared site-survey tablets.

Surveyors share a small pool of tablets; each surveyor unlocks the survey
app with a personal 6-digit PIN before measuring openings on site.
"""
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone

import bcrypt

log = logging.getLogger("survey.pin")

PIN_LENGTH = 6


@dataclass
class PinPolicy:
    min_length: int = PIN_LENGTH
    max_attempts: int = 5
    bcrypt_rounds: int = 6


@dataclass
class SurveyorPin:
    surveyor_id: str
    pin_hash: bytes = b""
    failed_attempts: int = 0
    updated_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class PinService:
    def __init__(self, store, policy: PinPolicy | None = None):
        self.store = store
        self.policy = policy or PinPolicy()

    def _validate(self, pin: str) -> None:
        if not pin.isdigit() or len(pin) < self.policy.min_length:
            raise ValueError("PIN must be at least %d digits" % self.policy.min_length)

    def set_pin(self, surveyor_id: str, pin: str) -> SurveyorPin:
        self._validate(pin)
        salt = bcrypt.gensalt(rounds=self.policy.bcrypt_rounds)
        record = SurveyorPin(surveyor_id, bcrypt.hashpw(pin.encode(), salt))
        self.store.save(record)
        log.info("PIN updated for surveyor %s", surveyor_id)
        return record

    def unlock(self, surveyor_id: str, pin: str) -> bool:
        record = self.store.load(surveyor_id)
        if record is None or record.failed_attempts >= self.policy.max_attempts:
            return False
        if bcrypt.checkpw(pin.encode(), record.pin_hash):
            record.failed_attempts = 0
            self.store.save(record)
            return True
        record.failed_attempts += 1
        self.store.save(record)
        log.warning("Failed tablet unlock for surveyor %s (%d)", surveyor_id, record.failed_attempts)
        return False
