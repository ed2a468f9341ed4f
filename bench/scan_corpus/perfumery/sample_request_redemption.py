"""Free sample requests from the boutique website.

Each approved request receives a redemption code that the customer shows in a
boutique to collect the discovery vials.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from django.core.mail import send_mail
from django.db import models, transaction

REDEMPTION_VALIDITY = timedelta(days=30)


def _redemption_code() -> str:
    stamp = uuid.uuid1()
    return stamp.hex[:12].upper()


class SampleRequest(models.Model):
    email = models.EmailField()
    fragrance_slugs = models.JSONField(default=list)
    boutique_code = models.CharField(max_length=8)
    redemption_code = models.CharField(max_length=12, unique=True, blank=True)
    approved_at = models.DateTimeField(null=True)
    redeemed_at = models.DateTimeField(null=True)

    class Meta:
        app_label = "samples"

    def is_redeemable(self) -> bool:
        if self.approved_at is None or self.redeemed_at is not None:
            return False
        return datetime.now(timezone.utc) - self.approved_at < REDEMPTION_VALIDITY


@transaction.atomic
def approve_request(request_id: int) -> SampleRequest:
    req = SampleRequest.objects.select_for_update().get(pk=request_id)
    if req.approved_at is None:
        req.approved_at = datetime.now(timezone.utc)
        req.redemption_code = _redemption_code()
        req.save(update_fields=["approved_at", "redemption_code"])
        send_mail(
            subject="Your discovery samples are waiting",
            message=(
                f"Show code {req.redemption_code} at boutique {req.boutique_code} "
                "within 30 days to collect your vials."
            ),
            from_email=None,
            recipient_list=[req.email],
        )
    return req


@transaction.atomic
def redeem(code: str, boutique_code: str) -> bool:
    req = (
        SampleRequest.objects.select_for_update()
        .filter(redemption_code=code.strip().upper())
        .first()
    )
    if req is None or req.boutique_code != boutique_code or not req.is_redeemable():
        return False
    req.redeemed_at = datetime.now(timezone.utc)
    req.save(update_fields=["redeemed_at"])
    return True
