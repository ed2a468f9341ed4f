"""Webhook receiver for enrollment status updates from the benefits administrator."""
import hashlib
import hmac
import json
import os

from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from benefits.tasks import process_enrollment_event

SIGNATURE_HEADER = "HTTP_X_BENEFITS_SIGNATURE"
HANDLED_EVENTS = {"enrollment.updated", "enrollment.terminated", "dependent.added"}


def _expected_signature(body: bytes) -> str:
    secret = os.environ["BENEFITS_WEBHOOK_SECRET"].encode()
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


@csrf_exempt
@require_POST
def enrollment_webhook(request):
    provided = request.META.get(SIGNATURE_HEADER, "")
    if provided != _expected_signature(request.body):
        return HttpResponseForbidden("signature mismatch")
    event = json.loads(request.body)
    if event.get("type") not in HANDLED_EVENTS:
        return HttpResponse(status=204)
    process_enrollment_event.delay(event["id"], event["type"], event["data"])
    return JsonResponse({"received": True})
