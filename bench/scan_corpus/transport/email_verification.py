"""Email address verification by six-digit code.

Only an HMAC of the code is stored; codes expire after 20 minutes and the
record is locked after five wrong attempts.
"""
import hashlib
import hmac
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from accounts.models import EmailVerification

CODE_TTL = timedelta(minutes=20)
MAX_ATTEMPTS = 5


def _digest(code: str) -> str:
    key = settings.VERIFICATION_CODE_KEY.encode()
    return hmac.new(key, code.encode(), hashlib.sha256).hexdigest()


def start_verification(user) -> None:
    code = f"{secrets.randbelow(10**6):06d}"
    EmailVerification.objects.update_or_create(
        user=user,
        defaults={"code_digest": _digest(code), "created_at": timezone.now(), "attempts": 0},
    )
    send_mail("Confirm your email address", f"Your code is {code}.", None, [user.email])


@transaction.atomic
def confirm(user, submitted: str) -> bool:
    record = EmailVerification.objects.select_for_update().filter(user=user).first()
    if record is None or record.attempts >= MAX_ATTEMPTS:
        return False
    if timezone.now() - record.created_at > CODE_TTL:
        record.delete()
        return False
    if not hmac.compare_digest(record.code_digest, _digest(submitted.strip())):
        record.attempts += 1
        record.save(update_fields=["attempts"])
        return False
    user.email_verified = True
    user.save(update_fields=["email_verified"])
    record.delete()
    return True
