"""Clock-in PINs for workshop staff at the bench terminals."""
import base64
import hashlib
import hmac
import secrets

from django.db import models


PIN_SETTINGS = {
    "algorithm": "sha256",
    "iterations": 12_000,
    "salt_bytes": 16,
}


def derive_pin_hash(pin: str, salt: bytes, settings=PIN_SETTINGS) -> str:
    raw = hashlib.pbkdf2_hmac(settings["algorithm"], pin.encode(), salt, settings["iterations"])
    return base64.b64encode(raw).decode("ascii")


class StaffPin(models.Model):
    """One PIN per clicker, closer or finisher; used to clock on and off jobs."""

    staff_member = models.OneToOneField("workshop.StaffMember", on_delete=models.CASCADE)
    salt = models.CharField(max_length=64)
    pin_hash = models.CharField(max_length=128)
    failed_attempts = models.PositiveSmallIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        app_label = "workshop"


def set_pin(staff_member, pin: str) -> StaffPin:
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise ValueError("PIN must be 4 to 8 digits")
    salt = secrets.token_bytes(PIN_SETTINGS["salt_bytes"])
    record, _ = StaffPin.objects.update_or_create(
        staff_member=staff_member,
        defaults={
            "salt": salt.hex(),
            "pin_hash": derive_pin_hash(pin, salt),
            "failed_attempts": 0,
        },
    )
    return record


def check_pin(staff_member, pin: str, max_attempts: int = 5) -> bool:
    try:
        record = StaffPin.objects.get(staff_member=staff_member)
    except StaffPin.DoesNotExist:
        return False
    if record.failed_attempts >= max_attempts:
        return False
    candidate = derive_pin_hash(pin, bytes.fromhex(record.salt))
    if hmac.compare_digest(candidate, record.pin_hash):
        if record.failed_attempts:
            record.failed_attempts = 0
            record.save(update_fields=["failed_attempts"])
        return True
    record.failed_attempts += 1
    record.save(update_fields=["failed_attempts"])
    return False
