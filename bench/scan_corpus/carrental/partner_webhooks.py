"""Inbound webhooks from corporate travel partners.

Partners notify us when a traveller's booking changes; each request carries
an HMAC-SHA256 of the body keyed with the partner's shared secret.
"""
import hashlib
import hmac
import json

from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from partners.models import Partner
from reservations.services import amend_from_partner, cancel_from_partner


def _signature_valid(partner: Partner, body: bytes, received: str) -> bool:
    expected = hmac.new(partner.webhook_secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, received)


@csrf_exempt
@require_POST
def partner_booking_webhook(request, partner_code: str):
    partner = Partner.objects.filter(code=partner_code, active=True).first()
    if partner is None:
        return HttpResponseForbidden()

    received = request.headers.get("X-Partner-Signature", "")
    if not _signature_valid(partner, request.body, received):
        return HttpResponseForbidden()

    try:
        event = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest("invalid json")

    if event.get("type") == "booking.amended":
        amend_from_partner(partner, event["booking"])
    elif event.get("type") == "booking.cancelled":
        cancel_from_partner(partner, event["booking"]["reference"])
    return HttpResponse(status=204)
