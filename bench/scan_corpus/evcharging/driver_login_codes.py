"""Passwordless e-mail login codes for the driver web portal."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import models

CODE_LENGTH = 8
CODE_TTL = timedelta(minutes=15)


def _new_code() -> str:
    return f"{secrets.randbelow(10 ** CODE_LENGTH):0{CODE_LENGTH}d}"


def _digest(code: str) -> str:
    return hmac.new(settings.SECRET_KEY.encode(), code.encode(), hashlib.sha256).hexdigest()


class LoginCode(models.Model):
    email = models.EmailField(db_index=True)
    code_digest = models.CharField(max_length=64)
    expires_at = models.DateTimeField()
    used = models.BooleanField(default=False)

    @classmethod
    def send_to(cls, email: str) -> None:
        code = _new_code()
        cls.objects.filter(email=email, used=False).update(used=True)
        cls.objects.create(
            email=email,
            code_digest=_digest(code),
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
        )
        send_mail(
            "Your VoltGrid login code",
            f"Use {code} to sign in. The code is valid for 15 minutes.",
            settings.DEFAULT_FROM_EMAIL,
            [email],
        )

    @classmethod
    def redeem(cls, email: str, code: str) -> bool:
        candidate = cls.objects.filter(
            email=email, used=False, expires_at__gt=datetime.now(timezone.utc)
        ).order_by("-expires_at").first()
        if candidate is None:
            return False
        if not hmac.compare_digest(candidate.code_digest, _digest(code)):
            return False
        candidate.used = True
        candidate.save(update_fields=["used"])
        return True
