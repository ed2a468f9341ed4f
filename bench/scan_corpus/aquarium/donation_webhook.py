"""Receives gift notifications from the online fundraising platform."""
import hashlib
import hmac
import json
import logging
import os

from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from donors.services import record_online_gift

log = logging.getLogger(__name__)


def _expected_signature(body: bytes) -> str:
    secret = os.environ["FUNDRAISING_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@csrf_exempt
@require_POST
def gift_received(request):
    signature = request.headers.get("X-Fundraise-Signature", "")
    if _expected_signature(request.body) != signature.lower():
        log.warning("Rejected fundraising webhook with bad signature")
        return HttpResponseForbidden()

    try:
        event = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest("invalid json")

    if event.get("type") != "donation.completed":
        return HttpResponse(status=204)

    record_online_gift(
        external_id=event["data"]["id"],
        amount_minor=int(event["data"]["amount"]),
        currency=event["data"]["currency"],
        donor_email=event["data"].get("email"),
        gift_aid=bool(event["data"].get("gift_aid")),
    )
    return HttpResponse(status=202)
