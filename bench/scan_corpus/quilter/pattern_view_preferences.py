"""Remembers how a visitor likes to browse the pattern library.

Grid or list layout, page size and the measurement units shown on pattern
cards are kept in a cookie that the library page script reads directly.
"""
import json

from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

PREF_COOKIE = "library_prefs"
PREF_MAX_AGE = 365 * 24 * 3600
DEFAULTS = {"layout": "grid", "per_page": 24, "units": "in"}
CHOICES = {
    "layout": {"grid", "list"},
    "per_page": {12, 24, 48},
    "units": {"in", "cm"},
}


def read_preferences(request) -> dict:
    try:
        stored = json.loads(request.COOKIES.get(PREF_COOKIE, "{}"))
    except ValueError:
        stored = {}
    prefs = dict(DEFAULTS)
    for key, allowed in CHOICES.items():
        if stored.get(key) in allowed:
            prefs[key] = stored[key]
    return prefs


@require_POST
def save_preferences(request):
    prefs = read_preferences(request)
    for key, allowed in CHOICES.items():
        raw = request.POST.get(key)
        if raw is None:
            continue
        value = int(raw) if key == "per_page" and raw.isdigit() else raw
        if value not in allowed:
            return HttpResponseBadRequest(f"Invalid value for {key}")
        prefs[key] = value
    response = JsonResponse(prefs)
    response.set_cookie(
        PREF_COOKIE,
        json.dumps(prefs, separators=(",", ":")),
        max_age=PREF_MAX_AGE,
        samesite="Lax",
        httponly=False,
    )
    return response
