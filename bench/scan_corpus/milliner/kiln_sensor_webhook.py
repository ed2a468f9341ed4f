"""Accepts signed temperature batches pushed by the kiln and steamer sensor hub."""
from __future__ import annotations

import hashlib
import hmac
import os
from datetime import datetime

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.utils.decorators import method_decorator


class HubSigner:
    digestmod = hashlib.sha256
    header = "HTTP_X_HUB_SIGNATURE"

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or os.environ["SENSOR_HUB_SIGNING_KEY"].encode()

    def sign(self, body: bytes) -> str:
        return hmac.new(self._key, body, self.digestmod).hexdigest()


@method_decorator(csrf_exempt, name="dispatch")
class SensorBatchView(View):
    signer = HubSigner()
    max_batch = 500

    def _authentic(self, request: HttpRequest) -> bool:
        provided = request.META.get(self.signer.header, "")
        expected = self.signer.sign(request.body)
        return hmac.compare_digest(provided.encode(), expected.encode())

    def post(self, request: HttpRequest) -> HttpResponse:
        if not self._authentic(request):
            return HttpResponse(status=401)
        import json

        readings = json.loads(request.body).get("readings", [])[: self.max_batch]
        stored = 0
        for r in readings:
            device = str(r["device"])[:32]
            at = datetime.fromisoformat(r["at"])
            celsius = float(r["celsius"])
            self.store(device, at, celsius)
            stored += 1
        return JsonResponse({"stored": stored})

    def store(self, device: str, at: datetime, celsius: float) -> None:
        from workshop.models import SensorReading

        SensorReading.objects.create(device=device, recorded_at=at, celsius=celsius)
