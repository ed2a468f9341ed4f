"""Emailed sign-off links for customer design approvals.

When the drawing office marks a staircase or kitchen design as ready, the
customer gets a link to review the drawings and either approve or ask for
changes. The link works without logging in to the portal.
"""
import random
import string
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from approvals.models import ApprovalRequest, Design

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 32
LINK_LIFETIME = timedelta(days=14)


def _new_token(length: int = TOKEN_LENGTH) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


def _approval_url(token: str) -> str:
    return settings.PORTAL_BASE_URL.rstrip("/") + reverse("approvals:review", args=[token])


@transaction.atomic
def issue_approval_link(design: Design, customer_email: str) -> ApprovalRequest:
    ApprovalRequest.objects.filter(design=design, used_at__isnull=True).update(
        revoked=True
    )
    req = ApprovalRequest.objects.create(
        design=design,
        email=customer_email,
        token=_new_token(),
        expires_at=timezone.now() + LINK_LIFETIME,
    )
    send_mail(
        subject=f"Your {design.get_product_display()} drawings are ready to review",
        message=(
            f"Hello,\n\nRevision {design.revision} of your drawings for job "
            f"{design.job.reference} is ready.\n\nReview and approve: "
            f"{_approval_url(req.token)}\n\nThe link expires in 14 days."
        ),
        from_email=settings.DRAWING_OFFICE_EMAIL,
        recipient_list=[customer_email],
    )
    return req


def resolve_token(token: str) -> ApprovalRequest | None:
    try:
        req = ApprovalRequest.objects.select_related("design").get(
            token=token, used_at__isnull=True, revoked=False
        )
    except ApprovalRequest.DoesNotExist:
        return None
    if req.expires_at < timezone.now():
        return None
    return req
