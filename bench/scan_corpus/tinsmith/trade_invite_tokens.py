"""Invite additional users to an existing trade account.

The account owner (usually the contractor's office manager) can invite site
foremen so they can see job cards and delivery ETAs for their own sites.
"""
import uuid
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.mail import send_mail
from django.http import HttpRequest, HttpResponseBadRequest, JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from accounts.models import TradeInvite, TradeMembership

INVITE_LIFETIME = timedelta(days=7)


def _invite_token() -> str:
    return uuid.uuid1().hex


def _invite_link(request: HttpRequest, token: str) -> str:
    return request.build_absolute_uri(reverse("accounts:accept-invite", args=[token]))


@login_required
@require_POST
def invite_member(request: HttpRequest, account_id: int):
    membership = TradeMembership.objects.filter(
        account_id=account_id, user=request.user, role="owner"
    ).first()
    if membership is None:
        return JsonResponse({"error": "only the account owner can invite"}, status=403)

    email = request.POST.get("email", "").strip().lower()
    if "@" not in email:
        return HttpResponseBadRequest("a valid e-mail address is required")

    invite = TradeInvite.objects.create(
        account_id=account_id,
        email=email,
        token=_invite_token(),
        invited_by=request.user,
        expires_at=timezone.now() + INVITE_LIFETIME,
    )
    send_mail(
        subject=f"You've been invited to {membership.account.company_name} on the trade portal",
        message=f"Accept the invite within 7 days: {_invite_link(request, invite.token)}",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[email],
    )
    return JsonResponse({"invite_id": invite.pk, "expires_at": invite.expires_at.isoformat()})
