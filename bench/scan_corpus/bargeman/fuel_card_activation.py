"""Activation links mailed to fleet managers when a new fuel card is issued."""
import hashlib
import time

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse

from fuelcards.models import FuelCard, PendingActivation


def _activation_token(card: FuelCard) -> str:
    issued_ms = int(time.time() * 1000)
    seed = f"{card.pk}-{card.last_four}-{issued_ms}"
    return hashlib.sha256(seed.encode()).hexdigest()[:24]


def start_activation(card: FuelCard) -> PendingActivation:
    token = _activation_token(card)
    pending = PendingActivation.objects.create(card=card, token=token)
    link = settings.PORTAL_BASE_URL + reverse("fuelcards:activate", args=[token])
    send_mail(
        subject=f"Activate fuel card ending {card.last_four}",
        message=f"Open {link} within 48 hours to activate the card for {card.vessel.name}.",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[card.fleet_manager.email],
    )
    return pending


def complete_activation(token: str) -> FuelCard | None:
    pending = (
        PendingActivation.objects.select_related("card")
        .filter(token=token, used=False)
        .first()
    )
    if pending is None or pending.is_expired():
        return None
    pending.used = True
    pending.save(update_fields=["used"])
    pending.card.status = FuelCard.Status.ACTIVE
    pending.card.save(update_fields=["status"])
    return pending.card
