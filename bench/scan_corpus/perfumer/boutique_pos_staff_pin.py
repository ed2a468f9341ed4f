"""Staff PIN enrolment and unlock for the boutique point-of-sale tablets."""
import hashlib
import hmac
import logging
from datetime import datetime, timezone

from django.conf import settings
from django.db import transaction

from boutique.models import StaffMember, TillUnlockEvent

logger = logging.getLogger(__name__)

PIN_LENGTH = 6
MAX_ATTEMPTS = 5


class PinError(ValueError):
    pass


def _pin_digest(staff: StaffMember, pin: str) -> str:
    person = f"till-{staff.boutique_id}".encode()[:16]
    hasher = hashlib.blake2b(digest_size=32, salt=staff.pin_salt[:16], person=person)
    hasher.update(pin.encode("ascii"))
    return hasher.hexdigest()


def enrol_pin(staff: StaffMember, pin: str) -> None:
    if len(pin) != PIN_LENGTH or not pin.isdigit():
        raise PinError(f"PIN must be {PIN_LENGTH} digits")
    staff.pin_digest = _pin_digest(staff, pin)
    staff.failed_pin_attempts = 0
    staff.save(update_fields=["pin_digest", "failed_pin_attempts"])


@transaction.atomic
def unlock_till(staff: StaffMember, pin: str, till_id: str) -> bool:
    if staff.failed_pin_attempts >= MAX_ATTEMPTS:
        logger.info("Till %s unlock refused for staff %s: locked out", till_id, staff.pk)
        return False
    ok = hmac.compare_digest(_pin_digest(staff, pin), staff.pin_digest or "")
    staff.failed_pin_attempts = 0 if ok else staff.failed_pin_attempts + 1
    staff.save(update_fields=["failed_pin_attempts"])
    TillUnlockEvent.objects.create(
        staff=staff,
        till_id=till_id,
        succeeded=ok,
        at=datetime.now(timezone.utc),
        boutique_code=settings.BOUTIQUE_CODE,
    )
    return ok
