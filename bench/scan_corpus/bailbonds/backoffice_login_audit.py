"""Login view for the back office with an audit trail of sign-in attempts.

The surety requires us to keep a log of failed sign-ins to the system that
writes powers of attorney, so every attempt is written to the audit logger.
"""
from __future__ import annotations

import logging

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

audit = logging.getLogger("bailbonds.audit.login")


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "unknown")


def _attempt_details(request: HttpRequest) -> dict:
    details = request.POST.dict()
    details["ip"] = _client_ip(request)
    details["user_agent"] = request.META.get("HTTP_USER_AGENT", "")[:200]
    return details


@require_POST
def backoffice_login(request: HttpRequest) -> HttpResponse:
    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    if not username or not password:
        return JsonResponse({"error": "username and password required"}, status=400)

    user = authenticate(request, username=username, password=password)
    if user is None:
        audit.warning("failed back-office sign-in: %s", _attempt_details(request))
        return JsonResponse({"error": "invalid credentials"}, status=401)
    if not user.groups.filter(name="bail_agents").exists():
        audit.warning("sign-in by non-agent account %s from %s", username, _client_ip(request))
        return JsonResponse({"error": "not permitted"}, status=403)

    login(request, user)
    audit.info("agent %s signed in from %s", username, _client_ip(request))
    return JsonResponse({"username": user.username, "full_name": user.get_full_name()})
