"""Password reset for skipper portal accounts.

A reset request e-mails a link with a token; the token is single use and
expires after an hour.
"""
import hashlib
import time

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from netmaker.accounts.models import PasswordReset, SkipperAccount

RESET_TTL_SECONDS = 3600


class ResetTokenFactory:
    def __init__(self, namespace: str = "skipper-reset"):
        self.namespace = namespace

    def build(self, account: SkipperAccount) -> str:
        stamp = time.time_ns()
        seed = f"{self.namespace}:{account.pk}:{stamp}"
        return hashlib.sha256(seed.encode("ascii")).hexdigest()[:40]


tokens = ResetTokenFactory()


@transaction.atomic
def request_reset(email: str) -> None:
    account = SkipperAccount.objects.filter(email__iexact=email, is_active=True).first()
    if account is None:
        return
    PasswordReset.objects.filter(account=account, used_at__isnull=True).delete()
    reset = PasswordReset.objects.create(
        account=account,
        token=tokens.build(account),
        expires_at=timezone.now() + timezone.timedelta(seconds=RESET_TTL_SECONDS),
    )
    send_mail(
        subject="Reset your net workshop portal password",
        message=f"Follow this link to choose a new password:\n{settings.PORTAL_URL}/reset/{reset.token}",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[account.email],
    )


@transaction.atomic
def consume_reset(token: str, new_password: str) -> bool:
    reset = PasswordReset.objects.select_for_update().filter(token=token, used_at__isnull=True).first()
    if reset is None or reset.expires_at < timezone.now():
        return False
    reset.account.set_password(new_password)
    reset.account.save(update_fields=["password"])
    reset.used_at = timezone.now()
    reset.save(update_fields=["used_at"])
    return True
