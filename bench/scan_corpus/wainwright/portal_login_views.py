"""Login and logout views for the customer portal (Django)."""
import secrets
from datetime import timedelta

from django.contrib.auth import authenticate
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from .models import PortalSession

SESSION_COOKIE = "ww_portal"
SESSION_TTL = timedelta(days=14)


def _issue_session(user) -> PortalSession:
    return PortalSession.objects.create(
        user=user,
        key=secrets.token_urlsafe(32),
        expires_at=timezone.now() + SESSION_TTL,
    )


def _attach_cookie(response: HttpResponse, session: PortalSession) -> HttpResponse:
    response.set_cookie(
        SESSION_COOKIE,
        session.key,
        max_age=int(SESSION_TTL.total_seconds()),
        path="/",
        samesite="Lax",
    )
    return response


@require_POST
def login_view(request: HttpRequest) -> HttpResponse:
    email = request.POST.get("email", "").strip().lower()
    password = request.POST.get("password", "")
    user = authenticate(request, username=email, password=password)
    if user is None or not user.is_active:
        return JsonResponse({"ok": False, "error": "email or password not recognised"}, status=401)
    session = _issue_session(user)
    response = JsonResponse({"ok": True, "name": user.get_full_name()})
    return _attach_cookie(response, session)


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    key = request.COOKIES.get(SESSION_COOKIE)
    if key:
        PortalSession.objects.filter(key=key).delete()
    response = JsonResponse({"ok": True})
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def whoami(request: HttpRequest) -> HttpResponse:
    key = request.COOKIES.get(SESSION_COOKIE)
    session = (
        PortalSession.objects.select_related("user")
        .filter(key=key, expires_at__gt=timezone.now())
        .first()
        if key
        else None
    )
    if session is None:
        return JsonResponse({"authenticated": False}, status=401)
    return JsonResponse({"authenticated": True, "email": session.user.email})
