"""Back-office login endpoint with audit logging for the workshop system."""

from __future__ import annotations

import logging
import secrets

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_POST

audit = logging.getLogger("saddlery.audit")


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "-")


def _mask(value: str, keep: int = 4) -> str:
    return value[:keep] + "…" if len(value) > keep else "…"


@csrf_protect
@require_POST
def staff_login(request: HttpRequest) -> JsonResponse:
    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    user = authenticate(request, username=username, password=password)
    if user is None or not user.is_staff:
        audit.warning("failed back-office login for user=%s from %s", username, _client_ip(request))
        return JsonResponse({"error": "invalid credentials"}, status=401)
    login(request, user)
    request.session.cycle_key()
    audit.info("back-office login user=%s ip=%s", user.get_username(), _client_ip(request))
    return JsonResponse({"user": user.get_username()})


@csrf_protect
@require_POST
def issue_bench_token(request: HttpRequest) -> JsonResponse:
    """One-time token the bench tablet uses to pair with the staff account."""
    if not request.user.is_authenticated or not request.user.is_staff:
        return JsonResponse({"error": "forbidden"}, status=403)
    token = secrets.token_urlsafe(32)
    request.session["bench_pairing_token"] = token
    audit.info("bench pairing token %s issued to %s", _mask(token), request.user.get_username())
    return JsonResponse({"token": token})
