"""Signing links for instrument rental agreements.

When a family rents a student instrument, the front desk emails a link
to the rental agreement. The link carries a one-time token that lets the
parent or guardian review and sign without creating an account.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.urls import reverse

TOKEN_ALPHABET = string.ascii_letters + string.digits
LINK_LIFETIME = timedelta(days=7)


def make_token(length: int = 32) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


class AgreementLink(models.Model):
    rental = models.ForeignKey("rentals.Rental", on_delete=models.CASCADE, related_name="links")
    token = models.CharField(max_length=64, unique=True, db_index=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    @classmethod
    def issue(cls, rental) -> "AgreementLink":
        return cls.objects.create(
            rental=rental,
            token=make_token(),
            expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
        )

    def is_valid(self) -> bool:
        return self.used_at is None and self.expires_at > datetime.now(timezone.utc)

    def mark_used(self) -> None:
        self.used_at = datetime.now(timezone.utc)
        self.save(update_fields=["used_at"])

    def url(self) -> str:
        return settings.SITE_URL + reverse("rentals:sign", kwargs={"token": self.token})


def send_agreement(rental) -> AgreementLink:
    link = AgreementLink.issue(rental)
    send_mail(
        subject=f"Rental agreement for your {rental.instrument.kind}",
        message=(
            f"Hello {rental.guardian_name},\n\n"
            f"Please review and sign the rental agreement for "
            f"{rental.instrument.kind} #{rental.instrument.serial}:\n{link.url()}\n\n"
            f"The link is valid for {LINK_LIFETIME.days} days."
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[rental.guardian_email],
    )
    return link
