"""Sign-in and sign-out views for the homeowner client portal.

Portal sessions are kept in their own table so a client can see and revoke
the devices signed in to their restoration project.
"""
import secrets
from datetime import timedelta

from django.contrib.auth import authenticate
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from pargeter.portal.models import PortalSession

SESSION_COOKIE = "pg_portal_session"
SESSION_TTL = timedelta(hours=12)


def _open_session(user, request: HttpRequest) -> PortalSession:
    return PortalSession.objects.create(
        user=user,
        key=secrets.token_urlsafe(32),
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:255],
        expires_at=timezone.now() + SESSION_TTL,
    )


@require_POST
def portal_login(request: HttpRequest) -> HttpResponse:
    user = authenticate(
        request,
        username=request.POST.get("email", ""),
        password=request.POST.get("password", ""),
    )
    if user is None or not hasattr(user, "client_profile"):
        return JsonResponse({"error": "invalid credentials"}, status=401)
    session = _open_session(user, request)
    response = JsonResponse({"client": user.client_profile.display_name})
    response.set_cookie(
        SESSION_COOKIE,
        session.key,
        max_age=int(SESSION_TTL.total_seconds()),
        samesite="Lax",
    )
    return response


@require_POST
def portal_logout(request: HttpRequest) -> HttpResponse:
    key = request.COOKIES.get(SESSION_COOKIE)
    if key:
        PortalSession.objects.filter(key=key).delete()
    response = JsonResponse({"ok": True})
    response.delete_cookie(SESSION_COOKIE)
    return response
