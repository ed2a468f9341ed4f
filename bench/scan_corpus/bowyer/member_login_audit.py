"""Login view for the club portal with an audit trail for the club secretary."""
import logging
from datetime import datetime, timezone

from django.contrib.auth import authenticate, login
from django.http import JsonResponse
from django.views.decorators.http import require_POST

audit = logging.getLogger("club.audit")


def _client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "?")


def _record(event: str, request, username: str, **extra) -> None:
    audit.info(
        "%s user=%s ip=%s ua=%s %s",
        event,
        username,
        _client_ip(request),
        request.META.get("HTTP_USER_AGENT", "-")[:80],
        " ".join(f"{k}={v}" for k, v in extra.items()),
    )


@require_POST
def portal_login(request):
    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    if not username or not password:
        _record("login.rejected", request, username or "-", reason="missing_fields")
        return JsonResponse({"error": "username and password required"}, status=400)

    user = authenticate(request, username=username, password=password)
    if user is None:
        _record("login.failed", request, username, reason="invalid_credentials")
        return JsonResponse({"error": "invalid credentials"}, status=401)

    if not user.is_active:
        _record("login.inactive", request, username)
        return JsonResponse({"error": "account disabled"}, status=403)

    login(request, user)
    _record(
        "login.ok",
        request,
        username,
        club=getattr(user, "club_id", None),
        at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )
    return JsonResponse({"ok": True, "display_name": user.get_full_name() or username})
