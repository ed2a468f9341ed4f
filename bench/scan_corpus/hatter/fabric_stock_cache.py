"""Read-only fabric stock API used by the shop floor tablets, with conditional GET support."""
import hashlib
import json

from django.http import HttpResponse, HttpResponseNotModified, JsonResponse
from django.views import View
from django.views.decorators.http import require_GET
from django.utils.decorators import method_decorator

from hatter.inventory.models import FabricBolt


def stock_snapshot() -> list[dict]:
    rows = FabricBolt.objects.filter(archived=False).order_by("material", "colour")
    return [
        {"sku": b.sku, "material": b.material, "colour": b.colour, "metres": float(b.metres_left)}
        for b in rows
    ]


def compute_etag(payload: list[dict]) -> str:
    body = json.dumps(payload, sort_keys=True).encode()
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


@method_decorator(require_GET, name="dispatch")
class FabricStockView(View):
    def get(self, request) -> HttpResponse:
        payload = stock_snapshot()
        etag = compute_etag(payload)
        if request.headers.get("If-None-Match") == etag:
            return HttpResponseNotModified(headers={"ETag": etag})
        response = JsonResponse({"bolts": payload})
        response["ETag"] = etag
        response["Cache-Control"] = "private, max-age=30"
        return response
