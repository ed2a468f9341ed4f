"""Activation links for newly created subscriber accounts."""
import hashlib
import secrets
import uuid
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse

from subscriptions.models import Activation

ACTIVATION_TTL = timedelta(days=3)


def start_activation(subscriber) -> Activation:
    token = secrets.token_urlsafe(32)
    activation = Activation.objects.create(
        id=uuid.uuid4(),
        subscriber=subscriber,
        token_hash=hashlib.sha256(token.encode()).hexdigest(),
        expires_at=datetime.now(timezone.utc) + ACTIVATION_TTL,
    )
    link = settings.SITE_URL + reverse("activate", args=[activation.id, token])
    send_mail(
        "Activate your subscriber account",
        f"Welcome! Confirm your email address within 3 days: {link}",
        settings.DEFAULT_FROM_EMAIL,
        [subscriber.email],
    )
    return activation
