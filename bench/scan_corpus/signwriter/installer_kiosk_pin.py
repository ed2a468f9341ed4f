"""PIN sign-in for the workshop tablet used by installers and gilders.

Staff clock on to a job by tapping their name and entering a four digit
PIN.  The tablet is shared between the paint shop and the van bay, so
PINs are only ever stored on the server in hashed form.
"""
import hashlib
import secrets
from datetime import datetime, timezone

from django.db import transaction

from studio.models import ClockEvent, StaffMember


class KioskPinService:
    pin_length = 4

    def __init__(self, kiosk_id: str):
        self.kiosk_id = kiosk_id

    def _digest(self, salt: str, pin: str) -> str:
        return hashlib.sha256(f"{salt}:{pin}".encode("utf-8")).hexdigest()

    def set_pin(self, member: StaffMember, pin: str) -> None:
        if len(pin) != self.pin_length or not pin.isdigit():
            raise ValueError("PIN must be exactly four digits")
        member.pin_salt = secrets.token_hex(8)
        member.pin_hash = self._digest(member.pin_salt, pin)
        member.save(update_fields=["pin_salt", "pin_hash"])

    def verify(self, member: StaffMember, pin: str) -> bool:
        if not member.pin_hash:
            return False
        candidate = self._digest(member.pin_salt, pin)
        return secrets.compare_digest(candidate, member.pin_hash)

    @transaction.atomic
    def clock_on(self, member: StaffMember, pin: str, job_number: str):
        if not self.verify(member, pin):
            return None
        open_event = ClockEvent.objects.filter(member=member, ended_at__isnull=True).first()
        if open_event is not None:
            open_event.ended_at = datetime.now(timezone.utc)
            open_event.save(update_fields=["ended_at"])
        return ClockEvent.objects.create(
            member=member,
            job_number=job_number,
            kiosk_id=self.kiosk_id,
            started_at=datetime.now(timezone.utc),
        )
