"""Delivery status callbacks from the freight carrier for rope shipments."""
import hashlib
import hmac
import json

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.utils.decorators import method_decorator

from shipping.models import Shipment


def _signature_for(body: bytes) -> str:
    key = settings.CARRIER_CALLBACK_SECRET.encode()
    return hmac.new(key, body, hashlib.sha256).hexdigest()


@method_decorator(csrf_exempt, name="dispatch")
class CarrierCallbackView(View):
    header = "HTTP_X_CARRIER_SIGNATURE"

    def post(self, request):
        provided = request.META.get(self.header, "")
        if not hmac.compare_digest(_signature_for(request.body), provided):
            return HttpResponseBadRequest("bad signature")
        payload = json.loads(request.body)
        try:
            shipment = Shipment.objects.get(tracking_number=payload["tracking_number"])
        except Shipment.DoesNotExist:
            return HttpResponse(status=202)
        if payload["status"] == "DELIVERED":
            shipment.mark_delivered(payload.get("signed_by"), payload.get("delivered_at"))
        else:
            shipment.append_event(payload["status"], payload.get("location"))
        return HttpResponse(status=204)
