"""Receives alarm notifications from the machine vendor's cloud service.

Machines report alarms (air detector, blood leak, venous pressure) to
the vendor cloud, which forwards them here so the on-call biomedical
engineer is paged. Each notification carries a signature header.
"""
from __future__ import annotations

import hashlib
import hmac
import json

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.utils.decorators import method_decorator

from .paging import page_on_call


class VendorSignature:
    header = "HTTP_X_VENDOR_SIGNATURE"

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def digest(self, body: bytes) -> str:
        return "sha256=" + hmac.new(self._secret, body, hashlib.sha256).hexdigest()

    def matches(self, request: HttpRequest) -> bool:
        presented = request.META.get(self.header, "")
        return hmac.compare_digest(presented.encode(), self.digest(request.body).encode())


@method_decorator(csrf_exempt, name="dispatch")
class AlarmWebhookView(View):
    signature_cls = VendorSignature
    pageable = {"AIR_DETECTOR", "BLOOD_LEAK", "VENOUS_PRESSURE_HIGH", "POWER_FAIL"}

    def post(self, request: HttpRequest) -> HttpResponse:
        checker = self.signature_cls(settings.VENDOR_WEBHOOK_SECRET.encode())
        if not checker.matches(request):
            return HttpResponse(status=401)
        event = json.loads(request.body)
        code = event.get("alarm_code")
        if code in self.pageable:
            page_on_call(
                clinic_id=event["clinic_id"],
                machine_serial=event["serial"],
                summary=f"{code} on chair {event.get('chair', '?')}",
            )
        return JsonResponse({"received": event.get("id")})
