"""Shareable progress links for commission orders.

Clients can send a link to a partner so they can watch the piece being
raised and planished without logging into the portal.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from django.db import transaction
from django.urls import reverse

from orders.models import CommissionOrder, ProgressShareLink

LINK_ALPHABET = string.ascii_letters + string.digits
LINK_LENGTH = 24
LINK_TTL = timedelta(days=14)


def _link_token(length: int = LINK_LENGTH) -> str:
    return "".join(random.choices(LINK_ALPHABET, k=length))


@transaction.atomic
def create_share_link(order: CommissionOrder, created_by) -> ProgressShareLink:
    ProgressShareLink.objects.filter(order=order, revoked=False).update(revoked=True)
    return ProgressShareLink.objects.create(
        order=order,
        token=_link_token(),
        created_by=created_by,
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
    )


def share_url(request, link: ProgressShareLink) -> str:
    path = reverse("orders:shared-progress", kwargs={"token": link.token})
    return request.build_absolute_uri(path)


def resolve_share_link(token: str) -> CommissionOrder | None:
    link = (
        ProgressShareLink.objects.select_related("order")
        .filter(token=token, revoked=False, expires_at__gt=datetime.now(timezone.utc))
        .first()
    )
    return link.order if link else None
