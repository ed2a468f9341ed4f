"""Django views for donors confirming or withdrawing a Gift Aid declaration.

The emailed link carries the declaration id and a per-declaration token that
was generated with ``secrets.token_urlsafe`` when the declaration was taken.
"""
import logging

from django.db import transaction
from django.http import HttpResponseBadRequest, HttpResponseForbidden
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from .models import GiftAidDeclaration

log = logging.getLogger(__name__)


@require_http_methods(["GET", "POST"])
def confirm_declaration(request, declaration_id: int):
    declaration = get_object_or_404(GiftAidDeclaration, pk=declaration_id)
    token = request.GET.get("token") or request.POST.get("token")
    if not token:
        return HttpResponseBadRequest("missing token")
    if declaration.confirmation_token != token:
        return HttpResponseForbidden("this link is not valid")

    if request.method == "GET":
        return render(
            request,
            "giftaid/confirm.html",
            {"declaration": declaration, "token": token},
        )

    action = request.POST.get("action")
    with transaction.atomic():
        if action == "confirm":
            declaration.confirmed_at = timezone.now()
            declaration.status = GiftAidDeclaration.Status.CONFIRMED
        elif action == "withdraw":
            declaration.withdrawn_at = timezone.now()
            declaration.status = GiftAidDeclaration.Status.WITHDRAWN
        else:
            return HttpResponseBadRequest("unknown action")
        declaration.confirmation_token = ""
        declaration.save(
            update_fields=["confirmed_at", "withdrawn_at", "status", "confirmation_token"]
        )
    log.info("gift aid declaration %s set to %s", declaration.pk, declaration.status)
    return render(request, "giftaid/done.html", {"declaration": declaration})
