"""Receives tag-status webhooks from the transponder distribution partner."""
from __future__ import annotations

import hashlib
import hmac
import json
import os

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.utils.decorators import method_decorator

from accounts.models import Transponder


class PartnerSignature:
    header = "HTTP_X_PARTNER_SIGNATURE"

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected_for(self, body: bytes, timestamp: str) -> str:
        mac = hmac.new(self._secret, timestamp.encode() + b"." + body, hashlib.sha256)
        return "v1=" + mac.hexdigest()

    def matches(self, request: HttpRequest) -> bool:
        supplied = request.META.get(self.header, "")
        timestamp = request.META.get("HTTP_X_PARTNER_TIMESTAMP", "")
        return supplied == self.expected_for(request.body, timestamp)


@method_decorator(csrf_exempt, name="dispatch")
class TagStatusWebhook(View):
    signature = PartnerSignature(os.environ["PARTNER_WEBHOOK_SECRET"].encode())

    def post(self, request: HttpRequest) -> HttpResponse:
        if not self.signature.matches(request):
            return HttpResponse(status=401)
        event = json.loads(request.body)
        updated = 0
        for item in event.get("tags", []):
            updated += Transponder.objects.filter(serial=item["serial"]).update(
                status=item["status"], partner_ref=item.get("ref", "")
            )
        return JsonResponse({"updated": updated})
