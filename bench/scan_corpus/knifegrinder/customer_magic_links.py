"""Passwordless sign-in links for occasional mail-in customers.

Many customers send knives in once or twice a year; rather than a
password they receive a single-use link by email.
"""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse

from knifegrinder.accounts.models import LoginLink

LINK_TTL = timedelta(minutes=20)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_login_link(customer) -> str:
    token = secrets.token_urlsafe(32)
    LoginLink.objects.create(
        customer=customer,
        token_digest=_digest(token),
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
    )
    return settings.SITE_URL + reverse("accounts:magic-login", args=[token])


def email_login_link(customer) -> None:
    url = create_login_link(customer)
    send_mail(
        subject="Your KnifeGrinder sign-in link",
        message=f"Hi {customer.first_name},\n\nSign in to track your order: {url}\n\nThis link expires in 20 minutes.",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[customer.email],
    )


def redeem(token: str):
    link = (
        LoginLink.objects.select_related("customer")
        .filter(token_digest=_digest(token), used_at__isnull=True, expires_at__gt=datetime.now(timezone.utc))
        .first()
    )
    if link is None:
        return None
    link.used_at = datetime.now(timezone.utc)
    link.save(update_fields=["used_at"])
    return link.customer
