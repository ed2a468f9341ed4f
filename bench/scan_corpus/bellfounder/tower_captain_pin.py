"""PIN codes that tower captains use to unlock the belfry access panel app."""

import hmac
import secrets
from hashlib import blake2b

from django.conf import settings
from django.db import models


class CaptainPin(models.Model):
    tower = models.OneToOneField("towers.Tower", on_delete=models.CASCADE)
    salt = models.CharField(max_length=32)
    digest = models.CharField(max_length=64)
    failed_attempts = models.PositiveSmallIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "tower_captain_pins"

    @staticmethod
    def _digest(pin: str, salt: str) -> str:
        h = blake2b(pin.encode(), digest_size=32, salt=bytes.fromhex(salt), person=b"belfry-pin")
        return h.hexdigest()

    def set_pin(self, pin: str) -> None:
        if not pin.isdigit() or len(pin) < settings.CAPTAIN_PIN_LENGTH:
            raise ValueError("PIN must be numeric and at least the configured length")
        self.salt = secrets.token_hex(8)
        self.digest = self._digest(pin, self.salt)
        self.failed_attempts = 0
        self.save(update_fields=["salt", "digest", "failed_attempts", "updated_at"])

    def verify(self, pin: str) -> bool:
        if self.failed_attempts >= settings.CAPTAIN_PIN_MAX_ATTEMPTS:
            return False
        ok = hmac.compare_digest(self._digest(pin, self.salt), self.digest)
        self.failed_attempts = 0 if ok else self.failed_attempts + 1
        self.save(update_fields=["failed_attempts"])
        return ok
