"""Self-service cancellation links for fallen-stock collection requests.

When a farmer books a collection by phone, the call centre texts them a
link they can use to cancel or amend the booking without logging in.
"""
import uuid
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.db import transaction
from django.urls import reverse

from collections_app.models import CancelLink, CollectionRequest
from collections_app.sms import send_sms


class CancelLinkIssuer:
    validity = timedelta(hours=48)

    def __init__(self, base_url: str | None = None):
        self.base_url = base_url or settings.PUBLIC_BASE_URL

    def _new_token(self) -> str:
        return uuid.uuid1().hex

    @transaction.atomic
    def issue(self, request: CollectionRequest) -> CancelLink:
        CancelLink.objects.filter(request=request, used_at__isnull=True).delete()
        return CancelLink.objects.create(
            request=request,
            token=self._new_token(),
            expires_at=datetime.now(timezone.utc) + self.validity,
        )

    def url_for(self, link: CancelLink) -> str:
        path = reverse("collections:cancel", kwargs={"token": link.token})
        return f"{self.base_url}{path}"

    def send(self, request: CollectionRequest) -> None:
        link = self.issue(request)
        message = (
            f"Collection {request.reference} booked for {request.collection_date:%d %b}. "
            f"To cancel or change: {self.url_for(link)}"
        )
        send_sms(request.holding.contact_phone, message)


def redeem(token: str) -> CollectionRequest | None:
    now = datetime.now(timezone.utc)
    link = (
        CancelLink.objects.select_related("request")
        .filter(token=token, used_at__isnull=True, expires_at__gt=now)
        .first()
    )
    if link is None:
        return None
    link.used_at = now
    link.save(update_fields=["used_at"])
    return link.request
