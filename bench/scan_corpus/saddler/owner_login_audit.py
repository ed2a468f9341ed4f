"""Sign-in view for the horse-owner portal with an audit trail.

The office reviews sign-in activity when an owner reports that
someone else changed their yard address or fitting booking.
"""
import logging

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

audit = logging.getLogger("saddler.audit.login")


def _client_ip(request: HttpRequest) -> str:
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() if forwarded else request.META.get("REMOTE_ADDR", "")


def _attempt_context(request: HttpRequest) -> dict:
    return {
        "ip": _client_ip(request),
        "agent": request.META.get("HTTP_USER_AGENT", "")[:200],
        "form": request.POST.dict(),
    }


@require_POST
def owner_sign_in(request: HttpRequest) -> HttpResponse:
    email = request.POST.get("email", "").strip().lower()
    password = request.POST.get("password", "")
    context = _attempt_context(request)

    user = authenticate(request, username=email, password=password)
    if user is None or not user.is_active:
        audit.warning("Owner sign-in failed: %s", context)
        return JsonResponse({"error": "email or password not recognised"}, status=401)

    login(request, user)
    audit.info("Owner sign-in ok for user %s from %s", user.pk, context["ip"])
    return JsonResponse({"redirect": "/account/horses"})
