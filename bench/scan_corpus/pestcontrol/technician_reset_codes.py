"""Password reset codes for technicians who are locked out of the field app."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import models, transaction

CODE_LENGTH = 8
CODE_TTL = timedelta(minutes=20)


class ResetCode(models.Model):
    badge_no = models.CharField(max_length=16, db_index=True)
    code_hash = models.CharField(max_length=64)
    expires_at = models.DateTimeField()
    used = models.BooleanField(default=False)


@dataclass(frozen=True)
class ResetCodeIssuer:
    length: int = CODE_LENGTH

    def new_code(self) -> str:
        return f"{secrets.randbelow(10 ** self.length):0{self.length}d}"

    @staticmethod
    def digest(code: str) -> str:
        return hmac.new(settings.SECRET_KEY.encode(), code.encode(), hashlib.sha256).hexdigest()


def issue_reset_code(badge_no: str, email: str, issuer: ResetCodeIssuer = ResetCodeIssuer()) -> None:
    code = issuer.new_code()
    with transaction.atomic():
        ResetCode.objects.filter(badge_no=badge_no, used=False).update(used=True)
        ResetCode.objects.create(
            badge_no=badge_no,
            code_hash=issuer.digest(code),
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
        )
    send_mail(
        subject="Your field app reset code",
        message=f"Enter this code in the app to reset your password: {code}",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[email],
    )


def redeem_reset_code(badge_no: str, code: str, issuer: ResetCodeIssuer = ResetCodeIssuer()) -> bool:
    now = datetime.now(timezone.utc)
    candidates = ResetCode.objects.filter(badge_no=badge_no, used=False, expires_at__gt=now)
    wanted = issuer.digest(code)
    for entry in candidates:
        if hmac.compare_digest(entry.code_hash, wanted):
            entry.used = True
            entry.save(update_fields=["used"])
            return True
    return False
