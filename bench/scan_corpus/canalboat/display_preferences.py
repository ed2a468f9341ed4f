"""Display preferences on the public booking site.

Visitors browsing boats can choose a currency for indicative prices and a
home base to sort boats by distance. The choice is stored in a cookie that
the site's JavaScript reads to re-render prices without a round trip.
"""
from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

PREFERENCE_COOKIE = "cb_display"
ONE_YEAR = 365 * 24 * 3600
CURRENCIES = {"GBP", "EUR", "USD", "AUD"}


def _encode(currency: str, base: str) -> str:
    return f"{currency}|{base}"


def read_preferences(request) -> dict:
    raw = request.COOKIES.get(PREFERENCE_COOKIE, "")
    currency, _, base = raw.partition("|")
    return {
        "currency": currency if currency in CURRENCIES else "GBP",
        "base": base if base in settings.HIRE_BASES else settings.DEFAULT_HIRE_BASE,
    }


@require_POST
def set_preferences(request):
    currency = request.POST.get("currency", "GBP").upper()
    base = request.POST.get("base", settings.DEFAULT_HIRE_BASE)
    if currency not in CURRENCIES or base not in settings.HIRE_BASES:
        return HttpResponseBadRequest("unknown currency or base")
    response = JsonResponse({"currency": currency, "base": base})
    response.set_cookie(
        PREFERENCE_COOKIE,
        _encode(currency, base),
        max_age=ONE_YEAR,
        secure=True,
        httponly=False,
        samesite="Lax",
    )
    return response
