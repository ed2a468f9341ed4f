"""Viewer preferences for the heritage site map in the client portal.

The map front end reads the chosen base layer and overlay set from a cookie
on page load so the map opens the way the user left it, before any API call
has been made.
"""
import json

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

MAP_PREFS_COOKIE = "pg_map_prefs"
PREFS_MAX_AGE = 60 * 60 * 24 * 180
BASE_LAYERS = {"os-road", "os-light", "satellite", "historic-1880"}
OVERLAYS = {"listed-buildings", "conservation-areas", "our-sites", "crew-locations"}


def _clean_prefs(raw: dict) -> dict:
    layer = raw.get("base_layer")
    overlays = [o for o in raw.get("overlays", []) if o in OVERLAYS]
    return {
        "base_layer": layer if layer in BASE_LAYERS else "os-light",
        "overlays": overlays[: len(OVERLAYS)],
        "zoom": max(6, min(int(raw.get("zoom", 12)), 19)),
    }


def current_prefs(request: HttpRequest) -> dict:
    try:
        return _clean_prefs(json.loads(request.COOKIES.get(MAP_PREFS_COOKIE, "{}")))
    except (ValueError, TypeError):
        return _clean_prefs({})


@require_POST
def save_map_prefs(request: HttpRequest) -> JsonResponse:
    try:
        prefs = _clean_prefs(json.loads(request.body or b"{}"))
    except (ValueError, TypeError):
        return JsonResponse({"error": "invalid preferences"}, status=400)
    response = JsonResponse(prefs)
    response.set_cookie(
        MAP_PREFS_COOKIE,
        json.dumps(prefs, separators=(",", ":")),
        max_age=PREFS_MAX_AGE,
        secure=True,
        httponly=False,
        samesite="Lax",
    )
    return response
