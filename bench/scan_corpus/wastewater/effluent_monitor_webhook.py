"""Django endpoint for daily composite-sampler uploads from permitted industrial sites."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.utils.decorators import method_decorator

from .models import CompositeSample, Permit


class SamplerSignature:
    header = "HTTP_X_SAMPLER_SIGNATURE"

    def __init__(self, keys: dict[str, str]) -> None:
        self._keys = keys

    def expected(self, site_id: str, body: bytes) -> bytes | None:
        key = self._keys.get(site_id)
        if key is None:
            return None
        return hmac.new(base64.b64decode(key), body, hashlib.sha256).digest()

    def matches(self, request: HttpRequest, site_id: str) -> bool:
        expected = self.expected(site_id, request.body)
        try:
            presented = base64.b64decode(request.META.get(self.header, ""), validate=True)
        except ValueError:
            return False
        return expected is not None and hmac.compare_digest(expected, presented)


@method_decorator(csrf_exempt, name="dispatch")
class CompositeSampleUpload(View):
    signature = SamplerSignature(settings.SAMPLER_SITE_KEYS)

    def post(self, request: HttpRequest, site_id: str) -> HttpResponse:
        if not self.signature.matches(request, site_id):
            return HttpResponse(status=401)
        payload = json.loads(request.body)
        permit = Permit.objects.get(site_id=site_id, status="active")
        sample = CompositeSample.objects.create(
            permit=permit,
            period_start=payload["period_start"],
            period_end=payload["period_end"],
            volume_m3=payload["volume_m3"],
            cod_mg_l=payload.get("cod_mg_l"),
            suspended_solids_mg_l=payload.get("ss_mg_l"),
        )
        return JsonResponse({"sample": sample.pk}, status=201)
