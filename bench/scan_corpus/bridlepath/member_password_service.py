"""Password hashing for the rider members' portal (Django app ``membership``)."""
from __future__ import annotations

import logging

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from django.db import transaction
from django.utils import timezone

from membership.models import RiderMember

log = logging.getLogger(__name__)

_hasher = PasswordHasher(
    time_cost=3,
    memory_cost=64 * 1024,
    parallelism=2,
    hash_len=32,
    salt_len=16,
)


class PasswordPolicyError(ValueError):
    pass


class MemberPasswordService:
    min_length = 10

    def validate(self, raw: str, member: RiderMember) -> None:
        if len(raw) < self.min_length:
            raise PasswordPolicyError(f"Use at least {self.min_length} characters.")
        if member.email.split("@")[0].lower() in raw.lower():
            raise PasswordPolicyError("Password must not contain your email name.")

    @transaction.atomic
    def set_password(self, member: RiderMember, raw: str) -> None:
        self.validate(raw, member)
        member.password_hash = _hasher.hash(raw)
        member.password_changed_at = timezone.now()
        member.save(update_fields=["password_hash", "password_changed_at"])
        log.info("password changed for member %s", member.membership_number)

    def verify(self, member: RiderMember, raw: str) -> bool:
        try:
            _hasher.verify(member.password_hash, raw)
        except VerifyMismatchError:
            return False
        except (InvalidHashError, VerificationError):
            log.warning("unreadable password hash for member %s", member.pk)
            return False
        if _hasher.check_needs_rehash(member.password_hash):
            member.password_hash = _hasher.hash(raw)
            member.save(update_fields=["password_hash"])
        return True
