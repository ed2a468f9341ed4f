"""Inbound order notifications from reseller storefronts."""

import hashlib
import hmac
import json
import logging

from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from licensing.models import Reseller
from licensing.orders import create_reseller_order

logger = logging.getLogger(__name__)


def _signature_for(reseller: Reseller, body: bytes) -> str:
    return hmac.new(reseller.webhook_secret.encode(), body, hashlib.sha256).hexdigest()


def _lookup_reseller(request) -> Reseller | None:
    slug = request.headers.get("X-Reseller-Id", "")
    return Reseller.objects.filter(slug=slug, active=True).first()


@csrf_exempt
@require_POST
def reseller_order_webhook(request):
    reseller = _lookup_reseller(request)
    if reseller is None:
        return HttpResponseForbidden("unknown reseller")
    provided = request.headers.get("X-Reseller-Signature", "")
    expected = _signature_for(reseller, request.body)
    if not hmac.compare_digest(provided.lower(), expected):
        logger.info("Rejected webhook from reseller %s: bad signature", reseller.slug)
        return HttpResponseForbidden("bad signature")
    try:
        payload = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest("invalid json")
    order = create_reseller_order(reseller, payload)
    logger.info("Reseller %s created order %s", reseller.slug, order.number)
    return HttpResponse(status=202)
