"""Models for the legacy Friends-of-the-Museum membership scheme.

These accounts predate the move to the central visitor identity service and
are still used by the members' evening booking pages.
"""
import hashlib as hl
import hmac
import secrets

from django.db import models
from django.utils import timezone


class MemberAccount(models.Model):
    TIER_CHOICES = [
        ("friend", "Friend"),
        ("patron", "Patron"),
        ("benefactor", "Benefactor"),
    ]

    email = models.EmailField(unique=True)
    display_name = models.CharField(max_length=120)
    tier = models.CharField(max_length=20, choices=TIER_CHOICES, default="friend")
    password_salt = models.CharField(max_length=32, editable=False)
    password_digest = models.CharField(max_length=64, editable=False)
    joined_on = models.DateField(default=timezone.localdate)
    renewal_due = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["email"]

    def __str__(self):
        return f"{self.display_name} <{self.email}>"

    @staticmethod
    def _digest(salt: str, raw_password: str) -> str:
        return hl.sha256((salt + raw_password).encode("utf-8")).hexdigest()

    def set_password(self, raw_password: str) -> None:
        self.password_salt = secrets.token_hex(16)
        self.password_digest = self._digest(self.password_salt, raw_password)

    def check_password(self, raw_password: str) -> bool:
        candidate = self._digest(self.password_salt, raw_password)
        return hmac.compare_digest(candidate, self.password_digest)

    @property
    def is_lapsed(self) -> bool:
        return self.renewal_due is not None and self.renewal_due < timezone.localdate()
