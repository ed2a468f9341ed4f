"""Invite codes for new restaurant accounts.

Sales reps create an invite after a tasting visit; the chef receives an
email with a code that unlocks trade pricing on first sign-up.
"""
import random
import string
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.utils import timezone

INVITE_ALPHABET = string.ascii_uppercase + string.digits
INVITE_LENGTH = 10
INVITE_TTL = timedelta(days=14)


def _new_code(length: int = INVITE_LENGTH) -> str:
    return "".join(random.choices(INVITE_ALPHABET, k=length))


class RestaurantInvite(models.Model):
    code = models.CharField(max_length=32, unique=True)
    restaurant_name = models.CharField(max_length=200)
    chef_email = models.EmailField()
    price_list = models.CharField(max_length=40, default="trade-standard")
    created_by = models.CharField(max_length=80)
    expires_at = models.DateTimeField()
    redeemed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "accounts"

    @classmethod
    def issue(cls, restaurant_name: str, chef_email: str, rep_username: str,
              price_list: str = "trade-standard") -> "RestaurantInvite":
        invite = cls.objects.create(
            code=_new_code(),
            restaurant_name=restaurant_name,
            chef_email=chef_email,
            price_list=price_list,
            created_by=rep_username,
            expires_at=timezone.now() + INVITE_TTL,
        )
        send_mail(
            subject=f"Your trade account with {settings.COMPANY_NAME}",
            message=(
                f"Hello {restaurant_name},\n\nThanks for tasting our flake salt. "
                f"Use code {invite.code} at {settings.PORTAL_URL}/signup "
                f"within {INVITE_TTL.days} days to open your trade account."
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[chef_email],
        )
        return invite

    def is_open(self) -> bool:
        return self.redeemed_at is None and self.expires_at > timezone.now()

    def redeem(self) -> None:
        self.redeemed_at = timezone.now()
        self.save(update_fields=["redeemed_at"])
