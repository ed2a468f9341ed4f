"""Django view that signs club secretaries into the bulk-order portal.

The portal uses its own short-lived cookie alongside the Django session so the
reorder widgets embedded on club websites can check membership.
"""
import secrets

from django.conf import settings
from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

from .models import ClubPortalToken

PORTAL_COOKIE = "club_portal"
PORTAL_COOKIE_AGE = 8 * 3600


def _issue_portal_token(user) -> str:
    token = secrets.token_urlsafe(32)
    ClubPortalToken.objects.create(user=user, token_hash=ClubPortalToken.digest(token),
                                   club=user.club_membership.club)
    return token


@require_POST
def club_login(request: HttpRequest) -> HttpResponse:
    user = authenticate(request, username=request.POST.get("email", ""),
                        password=request.POST.get("password", ""))
    if user is None or not hasattr(user, "club_membership"):
        return JsonResponse({"error": "login failed"}, status=401)
    login(request, user)
    response = JsonResponse({"club": user.club_membership.club.name})
    response.set_cookie(
        PORTAL_COOKIE,
        _issue_portal_token(user),
        max_age=PORTAL_COOKIE_AGE,
        secure=True,
        httponly=True,
        samesite="Lax",
        domain=getattr(settings, "PORTAL_COOKIE_DOMAIN", None),
    )
    return response


def club_logout(request: HttpRequest) -> HttpResponse:
    token = request.COOKIES.get(PORTAL_COOKIE)
    if token:
        ClubPortalToken.objects.filter(token_hash=ClubPortalToken.digest(token)).delete()
    response = JsonResponse({"ok": True})
    response.delete_cookie(PORTAL_COOKIE, samesite="Lax")
    return response
