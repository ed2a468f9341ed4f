"""Email address verification for new club membership applications."""
from __future__ import annotations

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from .models import MembershipApplication

TOKEN_LIFETIME = timedelta(hours=48)


def send_verification(application: MembershipApplication, request: HttpRequest) -> None:
    application.email_token = secrets.token_urlsafe(32)
    application.token_sent_at = timezone.now()
    application.save(update_fields=["email_token", "token_sent_at"])
    link = request.build_absolute_uri(
        reverse("membership:verify", args=[application.pk]) + f"?token={application.email_token}"
    )
    send_mail(
        subject="Confirm your email for your fencing club application",
        message=f"Hello {application.first_name},\n\nPlease confirm your address: {link}\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[application.email],
    )


@require_GET
def verify_email(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(MembershipApplication, pk=pk, email_verified=False)
    token = request.GET.get("token", "")
    if not token or application.email_token is None:
        return HttpResponseBadRequest("Missing verification token.")
    if timezone.now() - application.token_sent_at > TOKEN_LIFETIME:
        return render(request, "membership/link_expired.html", status=410)
    if application.email_token == token:
        application.email_verified = True
        application.email_token = None
        application.save(update_fields=["email_verified", "email_token"])
        return redirect("membership:next_steps", pk=application.pk)
    return HttpResponseBadRequest("That verification link is not valid.")
