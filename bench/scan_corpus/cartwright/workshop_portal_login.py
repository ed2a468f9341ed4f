"""Sign-in for heritage clients viewing their restoration job in the portal."""
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import authenticate
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import PortalSession

COOKIE_NAME = "hs_portal"
SESSION_AGE = timedelta(hours=12)


def _cookie_kwargs() -> dict:
    return {
        "max_age": int(SESSION_AGE.total_seconds()),
        "secure": True,
        "httponly": True,
        "samesite": "Lax",
        "domain": getattr(settings, "PORTAL_COOKIE_DOMAIN", None),
    }


@require_POST
def sign_in(request: HttpRequest) -> JsonResponse:
    user = authenticate(
        request,
        username=request.POST.get("username", ""),
        password=request.POST.get("password", ""),
    )
    if user is None or not hasattr(user, "heritage_client"):
        return JsonResponse({"error": "sign-in failed"}, status=401)
    token = secrets.token_urlsafe(32)
    PortalSession.objects.create(user=user, token=token, lifetime=SESSION_AGE)
    resp = JsonResponse({"client": user.heritage_client.organisation})
    resp.set_cookie(COOKIE_NAME, token, **_cookie_kwargs())
    return resp


@require_POST
def sign_out(request: HttpRequest) -> JsonResponse:
    token = request.COOKIES.get(COOKIE_NAME)
    if token:
        PortalSession.objects.filter(token=token).delete()
    resp = JsonResponse({"ok": True})
    resp.delete_cookie(COOKIE_NAME, domain=getattr(settings, "PORTAL_COOKIE_DOMAIN", None))
    return resp


def theme_preference(request: HttpRequest) -> JsonResponse:
    theme = request.GET.get("theme", "light")
    resp = JsonResponse({"theme": theme})
    if theme in {"light", "dark"}:
        resp.set_cookie("hs_theme", theme, max_age=365 * 24 * 3600, samesite="Lax")
    return resp
