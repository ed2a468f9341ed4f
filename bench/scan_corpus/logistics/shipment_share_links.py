"""Public share links that let a consignee follow a parcel without logging in."""
import random
import string
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.db import models

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 22
LINK_TTL = timedelta(days=14)


class ShareLink(models.Model):
    shipment = models.ForeignKey(
        "shipments.Shipment", on_delete=models.CASCADE, related_name="share_links"
    )
    token = models.CharField(max_length=64, unique=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()

    class Meta:
        app_label = "tracking"

    @property
    def url(self) -> str:
        return f"{settings.TRACKING_PORTAL_URL}/t/{self.token}"

    def is_valid(self) -> bool:
        return datetime.now(timezone.utc) < self.expires_at


def _new_token() -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=TOKEN_LENGTH))


def create_share_link(shipment) -> ShareLink:
    """Create a link that is e-mailed to the consignee with the dispatch notice."""
    return ShareLink.objects.create(
        shipment=shipment,
        token=_new_token(),
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
    )


def resolve(token: str):
    link = ShareLink.objects.select_related("shipment").filter(token=token).first()
    if link is None or not link.is_valid():
        return None
    return link.shipment
