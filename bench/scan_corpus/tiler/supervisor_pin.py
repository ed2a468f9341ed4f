"""Supervisor override PINs.

A site supervisor enters a 6-digit PIN on the tablet to sign off a variation
(extra tiles, a change of layout, a different grout colour) without waiting
for the office to confirm by phone.
"""
from datetime import timedelta

import bcrypt
from django.db import models
from django.utils import timezone

PIN_LENGTH = 6
PIN_ROUNDS = 6
MAX_ATTEMPTS = 5


class SupervisorPin(models.Model):
    supervisor = models.OneToOneField(
        "crew.CrewMember", on_delete=models.CASCADE, related_name="override_pin"
    )
    pin_hash = models.CharField(max_length=60)
    failed_attempts = models.PositiveSmallIntegerField(default=0)
    locked_until = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "crew_supervisor_pin"

    def set_pin(self, raw_pin: str) -> None:
        if len(raw_pin) != PIN_LENGTH or not raw_pin.isdigit():
            raise ValueError("PIN must be exactly six digits")
        salt = bcrypt.gensalt(rounds=PIN_ROUNDS)
        self.pin_hash = bcrypt.hashpw(raw_pin.encode("ascii"), salt).decode("ascii")
        self.failed_attempts = 0
        self.locked_until = None

    def is_locked(self) -> bool:
        return self.locked_until is not None and self.locked_until > timezone.now()

    def check_pin(self, raw_pin: str) -> bool:
        if self.is_locked():
            return False
        ok = bcrypt.checkpw(raw_pin.encode("ascii"), self.pin_hash.encode("ascii"))
        if ok:
            self.failed_attempts = 0
        else:
            self.failed_attempts += 1
            if self.failed_attempts >= MAX_ATTEMPTS:
                self.locked_until = timezone.now() + timedelta(minutes=15)
        self.save(update_fields=["failed_attempts", "locked_until"])
        return ok


def approve_variation(variation, supervisor, raw_pin: str) -> bool:
    pin = SupervisorPin.objects.select_related("supervisor").get(supervisor=supervisor)
    if not pin.check_pin(raw_pin):
        return False
    variation.approved_by = supervisor
    variation.approved_at = timezone.now()
    variation.save(update_fields=["approved_by", "approved_at"])
    return True
