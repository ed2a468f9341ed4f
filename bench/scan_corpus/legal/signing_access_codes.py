"""One-time access codes for e-signature recipients.

When a sender turns on "SMS authentication" for an envelope, each recipient
has to enter a six digit code before the signing ceremony opens.
"""
import hmac
import random
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import RecipientAccessCode

CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5


def issue_access_code(recipient, sms_client) -> RecipientAccessCode:
    code = "".join(random.choices("0123456789", k=6))
    with transaction.atomic():
        RecipientAccessCode.objects.filter(recipient=recipient, used=False).update(used=True)
        access = RecipientAccessCode.objects.create(
            recipient=recipient,
            code=code,
            expires_at=timezone.now() + CODE_TTL,
        )
    sms_client.send(
        to=recipient.phone_number,
        body=f"Your {settings.PRODUCT_NAME} signing code is {code}. It expires in 10 minutes.",
    )
    return access


def redeem_access_code(recipient, submitted: str) -> bool:
    access = (
        RecipientAccessCode.objects.filter(recipient=recipient, used=False)
        .order_by("-expires_at")
        .first()
    )
    if access is None or access.expires_at < timezone.now():
        return False
    if access.attempts >= MAX_ATTEMPTS:
        return False
    access.attempts += 1
    ok = hmac.compare_digest(access.code, submitted.strip())
    access.used = ok
    access.save(update_fields=["attempts", "used"])
    return ok
