"""Receives progress updates from partner workshops restoring bell frames and fittings."""

import hashlib
import hmac
import json

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt

from restoration.models import RestorationJob


@method_decorator(csrf_exempt, name="dispatch")
class PartnerProgressView(View):
    header_name = "HTTP_X_PARTNER_SIGNATURE"

    def _partner_secret(self, partner_code: str) -> bytes | None:
        secret = settings.RESTORATION_PARTNERS.get(partner_code, {}).get("webhook_secret")
        return secret.encode() if secret else None

    def _signature_ok(self, request, partner_code: str) -> bool:
        secret = self._partner_secret(partner_code)
        supplied = request.META.get(self.header_name, "")
        if secret is None or not supplied:
            return False
        computed = hmac.new(secret, request.body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(computed, supplied)

    def post(self, request, partner_code):
        if not self._signature_ok(request, partner_code):
            return HttpResponseForbidden()
        try:
            update = json.loads(request.body)
            job = RestorationJob.objects.get(
                reference=update["job_reference"], partner_code=partner_code
            )
        except (ValueError, KeyError, RestorationJob.DoesNotExist):
            return HttpResponseBadRequest()
        job.stage = update.get("stage", job.stage)
        job.partner_notes = update.get("notes", "")
        job.save(update_fields=["stage", "partner_notes"])
        return HttpResponse(status=204)
