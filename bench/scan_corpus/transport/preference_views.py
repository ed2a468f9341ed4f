"""User interface preferences (theme, density) stored client-side.

The front-end reads the `ui_theme` cookie before first paint to avoid a flash
of the wrong colour scheme, so this cookie is intentionally readable from
JavaScript. It only ever holds one of the values in THEMES.
"""
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

THEMES = {"light", "dark", "system"}
DENSITIES = {"comfortable", "compact"}
ONE_YEAR = 60 * 60 * 24 * 365


@require_POST
def set_theme(request):
    theme = request.POST.get("theme", "")
    if theme not in THEMES:
        return HttpResponseBadRequest("unknown theme")
    response = JsonResponse({"theme": theme})
    response.set_cookie(
        "ui_theme",
        theme,
        max_age=ONE_YEAR,
        secure=True,
        httponly=False,
        samesite="Lax",
    )
    return response


@require_POST
def set_density(request):
    density = request.POST.get("density", "")
    if density not in DENSITIES:
        return HttpResponseBadRequest("unknown density")
    response = JsonResponse({"density": density})
    response.set_cookie("ui_density", density, max_age=ONE_YEAR, secure=True, httponly=False, samesite="Lax")
    return response
