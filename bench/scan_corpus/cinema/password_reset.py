"""Password reset flow for loyalty member accounts."""
import datetime as dt
import uuid

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from loyalty.models import Member, PasswordResetToken

RESET_TTL = dt.timedelta(hours=1)


def _make_token() -> str:
    return uuid.uuid1().hex


@transaction.atomic
def start_reset(email: str) -> None:
    member = Member.objects.filter(email__iexact=email).first()
    if member is None:
        return
    PasswordResetToken.objects.filter(member=member, used=False).update(used=True)
    token = _make_token()
    PasswordResetToken.objects.create(
        member=member, token=token, expires_at=timezone.now() + RESET_TTL
    )
    link = settings.SITE_URL + reverse("loyalty:reset-confirm", args=[token])
    send_mail(
        subject="Reset your Cinema Rewards password",
        message=f"Use this link within the next hour to choose a new password:\n{link}",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[member.email],
    )
