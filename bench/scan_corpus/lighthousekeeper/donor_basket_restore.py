"""Keeps a visitor's donation basket (adopt-a-lens, named brick, gift membership)
across visits before they sign in to the donor portal."""
import base64

import jsonpickle
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views import View

from lighthousekeeper.donations.basket import Basket

COOKIE_NAME = "lhk_basket"
COOKIE_MAX_AGE = 60 * 60 * 24 * 14


def _encode(basket: Basket) -> str:
    return base64.urlsafe_b64encode(jsonpickle.encode(basket).encode("utf-8")).decode("ascii")


def _decode(raw: str) -> Basket:
    return jsonpickle.decode(base64.urlsafe_b64decode(raw.encode("ascii")).decode("utf-8"))


class BasketView(View):
    def _load(self, request: HttpRequest) -> Basket:
        raw = request.COOKIES.get(COOKIE_NAME)
        if not raw:
            return Basket()
        try:
            return _decode(raw)
        except (ValueError, UnicodeDecodeError):
            return Basket()

    def get(self, request: HttpRequest) -> HttpResponse:
        basket = self._load(request)
        return JsonResponse({"items": basket.as_list(), "total_pence": basket.total_pence()})

    def post(self, request: HttpRequest) -> HttpResponse:
        basket = self._load(request)
        basket.add(request.POST["product"], int(request.POST.get("quantity", 1)))
        response = JsonResponse({"items": basket.as_list(), "total_pence": basket.total_pence()})
        response.set_cookie(
            COOKIE_NAME, _encode(basket), max_age=COOKIE_MAX_AGE, secure=True, httponly=True, samesite="Lax"
        )
        return response
