"""Customer portal login with structured security events for the office dashboard."""
import structlog
from django.contrib.auth import authenticate, login
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from portal.models import LoginEvent

events = structlog.get_logger("portal.security")


def _request_meta(request) -> dict:
    return {
        "ip": request.META.get("HTTP_X_FORWARDED_FOR", request.META.get("REMOTE_ADDR")),
        "user_agent": request.META.get("HTTP_USER_AGENT", "")[:200],
    }


def _record(email: str, success: bool, meta: dict) -> None:
    LoginEvent.objects.create(email=email, success=success, ip=meta["ip"], user_agent=meta["user_agent"])


@require_POST
def portal_login(request):
    email = request.POST.get("email", "").strip().lower()
    password = request.POST.get("password", "")
    meta = _request_meta(request)
    user = authenticate(request, username=email, password=password)
    if user is None:
        events.warning("portal_login_failed", email=email, password_supplied=bool(password), **meta)
        _record(email, False, meta)
        return JsonResponse({"error": "Email or password not recognised"}, status=401)
    login(request, user)
    events.info("portal_login_ok", customer_id=user.customer.id, **meta)
    _record(email, True, meta)
    return JsonResponse({"redirect": "/portal/"})
