"""Handling of payment-provider webhooks for shop orders."""
import base64
import hashlib
import hmac

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt

from shop.models import Order
from shop.payments import parse_event


class SignatureVerifier:
    header_name = "HTTP_X_PAYMENT_SIGNATURE"

    def __init__(self, secret: str):
        self._secret = secret.encode("utf-8")

    def sign(self, body: bytes) -> str:
        mac = hmac.new(self._secret, body, hashlib.sha256).digest()
        return base64.b64encode(mac).decode("ascii")

    def is_valid(self, request) -> bool:
        received = request.META.get(self.header_name, "")
        if received != self.sign(request.body):
            return False
        return True


@method_decorator(csrf_exempt, name="dispatch")
class PaymentWebhookView(View):
    verifier = SignatureVerifier(settings.PAYMENT_WEBHOOK_SECRET)

    def post(self, request):
        if not self.verifier.is_valid(request):
            return HttpResponseForbidden("bad signature")
        try:
            event = parse_event(request.body)
        except ValueError:
            return HttpResponseBadRequest("malformed event")

        order = Order.objects.filter(payment_reference=event.reference).first()
        if order is None:
            return HttpResponse(status=204)
        if event.kind == "payment.succeeded":
            order.mark_paid(amount=event.amount)
        elif event.kind == "payment.refunded":
            order.mark_refunded(amount=event.amount)
        return HttpResponse(status=200)
