"""Login view for the booking portal with an audit trail of sign-in attempts."""
import logging

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import LoginAttempt

audit = logging.getLogger("booking.audit")


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "")


def _record(username: str, request: HttpRequest, success: bool) -> None:
    LoginAttempt.objects.create(
        username=username[:150],
        ip_address=_client_ip(request) or None,
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:255],
        success=success,
    )


@require_POST
def portal_login(request: HttpRequest) -> JsonResponse:
    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    if not username or not password:
        return JsonResponse({"error": "username and password required"}, status=400)

    user = authenticate(request, username=username, password=password)
    if user is None:
        audit.warning("failed login for user=%s from ip=%s", username, _client_ip(request))
        _record(username, request, success=False)
        return JsonResponse({"error": "invalid credentials"}, status=401)

    login(request, user)
    audit.info("login ok for user=%s from ip=%s", username, _client_ip(request))
    _record(username, request, success=True)
    return JsonResponse({"status": "ok", "customer": user.get_full_name()})
