"""Remember the last recipient a returning shopper sent flowers to."""
import json

from django.core import signing
from django.http import JsonResponse
from django.views.decorators.http import require_POST

COOKIE_NAME = "bn_last_recipient"
COOKIE_OPTIONS = {
    "max_age": 60 * 60 * 24 * 90,
    "secure": True,
    "httponly": True,
    "samesite": "Lax",
    "path": "/checkout/",
}
SALT = "checkout.last-recipient"


def remember_recipient(response, recipient: dict):
    value = signing.dumps({"name": recipient["name"], "postcode": recipient["postcode"]}, salt=SALT)
    response.set_cookie(COOKIE_NAME, value, **COOKIE_OPTIONS)
    return response


def last_recipient(request) -> dict | None:
    raw = request.COOKIES.get(COOKIE_NAME)
    if not raw:
        return None
    try:
        return signing.loads(raw, salt=SALT, max_age=COOKIE_OPTIONS["max_age"])
    except signing.BadSignature:
        return None


@require_POST
def save_recipient(request):
    data = json.loads(request.body)
    response = JsonResponse({"saved": True})
    return remember_recipient(response, data)
