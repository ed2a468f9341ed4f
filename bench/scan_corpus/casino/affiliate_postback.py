"""Server-to-server postbacks from the affiliate tracking platform (Django view)."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.http import HttpResponseBadRequest, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import AffiliateConversion

log = logging.getLogger(__name__)


def _signature(body: bytes) -> str:
    secret = settings.AFFILIATE_POSTBACK_SECRET.encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@csrf_exempt
@require_POST
def affiliate_postback(request):
    provided = request.headers.get("X-Affiliate-Signature", "")
    if not hmac.compare_digest(_signature(request.body), provided):
        log.warning("affiliate postback with invalid signature")
        return HttpResponseForbidden()
    try:
        payload = json.loads(request.body)
        conversion, created = AffiliateConversion.objects.get_or_create(
            click_id=payload["click_id"],
            defaults={"affiliate_id": payload["affiliate_id"], "event": payload["event"]},
        )
    except (ValueError, KeyError):
        return HttpResponseBadRequest("malformed postback")
    return JsonResponse({"id": conversion.pk, "created": created})
