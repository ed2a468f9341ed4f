"""Signature checks for callbacks from partner toll operators.

When a partner disputes a transaction we forwarded, it calls back with the
dispute outcome. Callbacks carry an HMAC over the raw body, keyed with the
secret shared during onboarding.
"""
import hashlib
import hmac

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from tollkeeper.partners.models import Partner
from tollkeeper.disputes.services import apply_partner_outcome


def _signature_ok(partner: Partner, body: bytes, presented: str) -> bool:
    key = partner.callback_secret.encode()
    computed = hmac.new(key, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(computed, presented)


@csrf_exempt
@require_POST
def dispute_outcome(request: HttpRequest, partner_code: str) -> HttpResponse:
    try:
        partner = Partner.objects.get(code=partner_code, active=True)
    except Partner.DoesNotExist:
        return HttpResponse(status=404)
    presented = request.headers.get("X-Partner-Signature", "")
    if not _signature_ok(partner, request.body, presented):
        return HttpResponse(status=401)
    outcome = apply_partner_outcome(partner, request.body)
    return JsonResponse({"dispute": outcome.dispute_id, "status": outcome.status})
