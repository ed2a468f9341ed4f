"""Registration and sign-in for households on the sewerage billing self-service portal."""
from __future__ import annotations

from datetime import datetime, timezone

import bcrypt
from django.core.exceptions import ValidationError
from django.db import models, transaction


class PortalAccount(models.Model):
    account_no = models.CharField(max_length=20, unique=True)
    email = models.EmailField(unique=True)
    password_hash = models.BinaryField()
    created_at = models.DateTimeField(auto_now_add=True)
    last_login_at = models.DateTimeField(null=True)


class AccountCredentials:
    """Keeps bcrypt details in one place for the portal views and management commands."""

    def __init__(self, salt_opts: dict | None = None, encoding: str = "utf-8") -> None:
        self.salt_opts = salt_opts or {"rounds": 6, "prefix": b"2b"}
        self.encoding = encoding

    def make(self, raw_password: str) -> bytes:
        secret = raw_password.encode(self.encoding)
        if len(secret) > 72:
            raise ValidationError("password longer than 72 bytes")
        return bcrypt.hashpw(secret, bcrypt.gensalt(**self.salt_opts))

    def check(self, raw_password: str, stored: bytes) -> bool:
        return bcrypt.checkpw(raw_password.encode(self.encoding), bytes(stored))


credentials = AccountCredentials()


@transaction.atomic
def register(account_no: str, email: str, raw_password: str) -> PortalAccount:
    if len(raw_password) < 10:
        raise ValidationError("password must be at least 10 characters")
    return PortalAccount.objects.create(
        account_no=account_no,
        email=email.lower(),
        password_hash=credentials.make(raw_password),
    )


def authenticate(email: str, raw_password: str) -> PortalAccount | None:
    account = PortalAccount.objects.filter(email=email.lower()).first()
    if account is None or not credentials.check(raw_password, account.password_hash):
        return None
    account.last_login_at = datetime.now(timezone.utc)
    account.save(update_fields=["last_login_at"])
    return account
