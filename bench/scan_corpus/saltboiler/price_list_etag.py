"""Trade price list endpoint with conditional GET support.

Restaurant and wholesale integrations poll the price list several times a
day. The response carries an ETag derived from the list contents so clients
can revalidate cheaply and receive 304 when nothing changed.
"""
import hashlib
import json

from django.http import HttpResponse, HttpResponseNotModified, JsonResponse
from django.views import View

from saltboiler.trade.pricing import current_price_list


def compute_etag(payload: dict) -> str:
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return '"' + hashlib.sha256(canonical).hexdigest()[:32] + '"'


def _client_etags(request) -> list[str]:
    header = request.headers.get("If-None-Match", "")
    return [tag.strip() for tag in header.split(",") if tag.strip()]


class PriceListView(View):
    cache_seconds = 300

    def get(self, request, currency: str = "GBP") -> HttpResponse:
        payload = current_price_list(currency=currency.upper())
        etag = compute_etag(payload)

        for candidate in _client_etags(request):
            if candidate == etag or candidate == "*":
                response = HttpResponseNotModified()
                response["ETag"] = etag
                return response

        response = JsonResponse(payload)
        response["ETag"] = etag
        response["Cache-Control"] = f"private, max-age={self.cache_seconds}"
        return response
