"""Door PINs for members booked onto open-access bench time in the hot shop."""

import secrets
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

from hotshop.config import settings
from hotshop.repositories import BenchBookingRepository


class BenchAccessPins:
    """Issues and checks the keypad PIN printed on a bench-time booking."""

    def __init__(self, repo: BenchBookingRepository):
        self.repo = repo
        self.hasher = PasswordHasher(
            time_cost=3,
            memory_cost=64 * 1024,
            parallelism=4,
            hash_len=32,
            salt_len=16,
        )

    def issue(self, booking_id: int) -> str:
        pin = "".join(secrets.choice("0123456789") for _ in range(settings.DOOR_PIN_LENGTH))
        self.repo.set_pin_hash(booking_id, self.hasher.hash(pin))
        return pin

    def check(self, booking_id: int, pin: str) -> bool:
        booking = self.repo.get(booking_id)
        if booking is None or booking.pin_hash is None:
            return False
        now = datetime.now(timezone.utc)
        if not (booking.starts_at <= now <= booking.ends_at):
            return False
        try:
            self.hasher.verify(booking.pin_hash, pin)
        except (VerifyMismatchError, InvalidHashError):
            self.repo.record_failed_attempt(booking_id)
            return False
        if self.hasher.check_needs_rehash(booking.pin_hash):
            self.repo.set_pin_hash(booking_id, self.hasher.hash(pin))
        return True

    def revoke(self, booking_id: int) -> None:
        self.repo.set_pin_hash(booking_id, None)
