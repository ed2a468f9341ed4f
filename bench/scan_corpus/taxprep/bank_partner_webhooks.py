"""Receives refund-transfer status callbacks from the bank partner."""
import hashlib
import hmac
import json
import logging

from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.utils.decorators import method_decorator

from refunds.models import RefundTransfer

logger = logging.getLogger(__name__)


@method_decorator(csrf_exempt, name="dispatch")
class RefundTransferCallback(View):
    signature_header = "HTTP_X_PARTNER_SIGNATURE"
    signing_secret = b"whsec_7Kq2pN9vXr4TbL8mZs3cYw6Fh1Jd5Ge0"

    def _valid_signature(self, request: HttpRequest) -> bool:
        sent = request.META.get(self.signature_header, "")
        expected = hmac.new(self.signing_secret, request.body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(sent, expected)

    def post(self, request: HttpRequest) -> HttpResponse:
        if not self._valid_signature(request):
            return HttpResponseForbidden()

        event = json.loads(request.body)
        try:
            transfer = RefundTransfer.objects.get(partner_ref=event["transfer_id"])
        except RefundTransfer.DoesNotExist:
            logger.warning("callback for unknown transfer %s", event.get("transfer_id"))
            return HttpResponse(status=404)

        transfer.status = event["status"]
        transfer.amount_cents = event.get("amount_cents", transfer.amount_cents)
        transfer.save(update_fields=["status", "amount_cents", "updated_at"])
        logger.info("transfer %s -> %s", transfer.pk, transfer.status)
        return HttpResponse(status=204)
