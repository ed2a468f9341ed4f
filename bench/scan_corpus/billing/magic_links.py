"""Passwordless login links for the billing portal."""
import random
import string
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse

from portal.models import LoginLink

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 40
LINK_TTL = timedelta(minutes=15)


def _new_token(length: int = TOKEN_LENGTH) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


def issue_login_link(user) -> LoginLink:
    link = LoginLink.objects.create(
        user=user,
        token=_new_token(),
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
    )
    url = settings.PORTAL_BASE_URL + reverse("portal:magic-login", args=[link.token])
    send_mail(
        subject="Your billing portal sign-in link",
        message=f"Sign in to manage your subscription: {url}\nThis link expires in 15 minutes.",
        from_email=settings.BILLING_FROM_EMAIL,
        recipient_list=[user.email],
    )
    return link
