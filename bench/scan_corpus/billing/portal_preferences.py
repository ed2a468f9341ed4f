"""Portal views: remember the customer's invoice currency and keep the session cookie fresh."""
from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

SUPPORTED_CURRENCIES = {"USD", "EUR", "GBP", "CAD", "AUD"}


@require_POST
def set_display_currency(request: HttpRequest) -> HttpResponse:
    currency = request.POST.get("currency", "").upper()
    if currency not in SUPPORTED_CURRENCIES:
        return JsonResponse({"error": "unsupported currency"}, status=400)
    resp = JsonResponse({"currency": currency})
    resp.set_cookie(
        "display_currency",
        currency,
        max_age=365 * 24 * 3600,
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return resp


def refresh_session_cookie(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    response.set_cookie(
        settings.SESSION_COOKIE_NAME,
        request.session.session_key,
        max_age=settings.SESSION_COOKIE_AGE,
        secure=True,
        httponly=True,
        samesite="Strict",
    )
    return response
