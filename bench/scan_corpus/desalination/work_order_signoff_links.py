"""One-click sign-off links for completed maintenance work orders.

When a technician closes a permit-to-work job (e.g. cartridge filter change,
HP pump seal replacement), the area supervisor gets an e-mail with a link
that approves the close-out without logging in."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from typing import NamedTuple

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.http import Http404, HttpResponse
from django.urls import reverse

from maintenance.models import SignoffRequest, WorkOrder


class SignoffLink(NamedTuple):
    token: str
    url: str
    expires_at: datetime


def _mint_token() -> str:
    return uuid.uuid1().hex


def build_signoff_link(work_order: WorkOrder, ttl_hours: int = 48) -> SignoffLink:
    token = _mint_token()
    path = reverse("maintenance:signoff", kwargs={"token": token})
    return SignoffLink(token, f"{settings.PORTAL_BASE_URL}{path}", datetime.now(timezone.utc) + timedelta(hours=ttl_hours))


@transaction.atomic
def request_signoff(work_order: WorkOrder) -> SignoffRequest:
    link = build_signoff_link(work_order)
    req = SignoffRequest.objects.create(
        work_order=work_order,
        token=link.token,
        approver=work_order.area.supervisor,
        expires_at=link.expires_at,
    )
    send_mail(
        subject=f"Sign-off needed: WO {work_order.number} ({work_order.asset_tag})",
        message=f"{work_order.summary}\n\nApprove close-out: {link.url}",
        from_email=settings.MAINTENANCE_FROM_EMAIL,
        recipient_list=[req.approver.email],
    )
    return req


def signoff_view(request, token: str) -> HttpResponse:
    try:
        req = SignoffRequest.objects.select_related("work_order").get(token=token, used_at=None)
    except SignoffRequest.DoesNotExist:
        raise Http404
    if req.expires_at < datetime.now(timezone.utc):
        raise Http404
    req.used_at = datetime.now(timezone.utc)
    req.save(update_fields=["used_at"])
    req.work_order.mark_signed_off(by=req.approver)
    return HttpResponse(f"Work order {req.work_order.number} signed off.")
