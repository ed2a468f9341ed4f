"""One-time reset codes for garden-centre trade logins, sent by email."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

from django.conf import settings
from django.core.mail import send_mail
from django.db import models, transaction


class ResetCode(models.Model):
    account = models.ForeignKey("trade.TradeAccount", on_delete=models.CASCADE)
    code_digest = models.CharField(max_length=64)
    expires_at = models.DateTimeField()
    attempts = models.PositiveSmallIntegerField(default=0)
    used = models.BooleanField(default=False)

    class Meta:
        app_label = "trade"


@dataclass(frozen=True)
class ResetPolicy:
    digits: int = 8
    lifetime: timedelta = timedelta(minutes=15)
    max_attempts: int = 5


class ResetCodeService:
    def __init__(self, policy: ResetPolicy = ResetPolicy()) -> None:
        self.policy = policy

    @staticmethod
    def _generate(digits: int) -> str:
        return str(secrets.randbelow(10**digits)).zfill(digits)

    @staticmethod
    def _digest(code: str) -> str:
        key = settings.SECRET_KEY.encode("utf-8")
        return hmac.new(key, code.encode("ascii"), hashlib.sha256).hexdigest()

    def issue(self, account) -> None:
        code = self._generate(self.policy.digits)
        ResetCode.objects.filter(account=account, used=False).update(used=True)
        ResetCode.objects.create(
            account=account,
            code_digest=self._digest(code),
            expires_at=datetime.now(timezone.utc) + self.policy.lifetime,
        )
        send_mail(
            "Your trade portal reset code",
            f"Enter {code} on the reset page within 15 minutes.",
            settings.DEFAULT_FROM_EMAIL,
            [account.contact_email],
        )

    @transaction.atomic
    def redeem(self, account, code: str) -> bool:
        entry: Optional[ResetCode] = (
            ResetCode.objects.select_for_update()
            .filter(account=account, used=False, expires_at__gt=datetime.now(timezone.utc))
            .order_by("-expires_at")
            .first()
        )
        if entry is None or entry.attempts >= self.policy.max_attempts:
            return False
        entry.attempts += 1
        ok = hmac.compare_digest(entry.code_digest, self._digest(code.strip()))
        entry.used = ok
        entry.save(update_fields=["attempts", "used"])
        return ok
