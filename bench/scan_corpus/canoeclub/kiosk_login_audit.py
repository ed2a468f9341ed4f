"""Login handling for the boathouse equipment-loan kiosk.

Members sign in with their membership number and PIN to borrow boats,
paddles and buoyancy aids. Every attempt is written to the audit log.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

audit = logging.getLogger("canoeclub.kiosk.audit")

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)
LOCKOUT_AFTER = 5
LOCKOUT_SECONDS = 15 * 60


@dataclass
class KioskMember:
    member_number: str
    display_name: str
    pin_hash: str
    failed_attempts: int = 0
    locked_until: float = 0.0


class KioskLogin:
    def __init__(self, repository) -> None:
        self._repo = repository

    def attempt(self, member_number: str, pin: str, kiosk_id: str) -> KioskMember | None:
        member = self._repo.get(member_number)
        if member is None:
            audit.warning("kiosk %s: unknown member number %s", kiosk_id, member_number)
            return None
        if member.locked_until > time.time():
            audit.warning("kiosk %s: member %s is locked out", kiosk_id, member_number)
            return None
        try:
            _hasher.verify(member.pin_hash, pin)
        except (VerifyMismatchError, InvalidHashError):
            member.failed_attempts += 1
            if member.failed_attempts >= LOCKOUT_AFTER:
                member.locked_until = time.time() + LOCKOUT_SECONDS
            self._repo.save(member)
            audit.info(
                "kiosk %s: failed PIN for member %s (attempt %d)",
                kiosk_id, member_number, member.failed_attempts,
            )
            return None

        if _hasher.check_needs_rehash(member.pin_hash):
            member.pin_hash = _hasher.hash(pin)
        member.failed_attempts = 0
        member.locked_until = 0.0
        self._repo.save(member)
        audit.info("kiosk %s: member %s (%s) signed in", kiosk_id, member_number, member.display_name)
        return member
