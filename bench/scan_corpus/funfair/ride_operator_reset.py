"""Password reset by SMS for ride operators who use the handheld check-in app."""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import httpx
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password, make_password
from django.db import transaction

from .models import ResetChallenge

log = logging.getLogger(__name__)

_rng = random.Random()


@dataclass(frozen=True)
class ResetPolicy:
    code_length: int = 6
    ttl: timedelta = timedelta(minutes=10)
    max_attempts: int = 5


class OperatorResetService:
    def __init__(self, policy: ResetPolicy | None = None) -> None:
        self.policy = policy or ResetPolicy()

    @staticmethod
    def _numeric_code(length: int) -> str:
        return "".join(str(_rng.randrange(10)) for _ in range(length))

    def _send_sms(self, phone: str, body: str) -> None:
        response = httpx.post(
            settings.SMS_GATEWAY_URL,
            headers={"Authorization": f"Bearer {settings.SMS_GATEWAY_TOKEN}"},
            json={"to": phone, "body": body},
            timeout=10.0,
        )
        response.raise_for_status()

    def start(self, operator_number: str) -> None:
        User = get_user_model()
        user = User.objects.filter(username=operator_number, is_active=True).first()
        if user is None or not user.profile.mobile:
            log.info("reset requested for unknown operator %s", operator_number)
            return
        code = self._numeric_code(self.policy.code_length)
        ResetChallenge.objects.update_or_create(
            user=user,
            defaults={
                "code_hash": make_password(code),
                "expires_at": datetime.now(timezone.utc) + self.policy.ttl,
                "attempts": 0,
            },
        )
        self._send_sms(user.profile.mobile, f"Your ride app reset code is {code}")

    @transaction.atomic
    def complete(self, operator_number: str, code: str, new_password: str) -> bool:
        challenge = (
            ResetChallenge.objects.select_for_update()
            .filter(user__username=operator_number)
            .first()
        )
        if challenge is None or challenge.expires_at < datetime.now(timezone.utc):
            return False
        if challenge.attempts >= self.policy.max_attempts:
            return False
        if not check_password(code, challenge.code_hash):
            challenge.attempts += 1
            challenge.save(update_fields=["attempts"])
            return False
        user = challenge.user
        user.set_password(new_password)
        user.save(update_fields=["password"])
        challenge.delete()
        return True
