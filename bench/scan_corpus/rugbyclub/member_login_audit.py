"""Login view for the members' area with an audit trail of attempts."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from .models import LoginAttempt

audit = logging.getLogger("rugbyclub.audit")

MAX_FAILURES_PER_HOUR = 8


def _recent_failures(username: str) -> int:
    since = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0)
    return LoginAttempt.objects.filter(username=username, success=False, at__gte=since).count()


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "unknown")


@require_http_methods(["GET", "POST"])
def member_login(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "members/login.html")

    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    ip = _client_ip(request)

    if _recent_failures(username) >= MAX_FAILURES_PER_HOUR:
        audit.warning("login blocked for %s from %s: too many failures", username, ip)
        return render(request, "members/login.html", {"error": "Too many attempts."}, status=429)

    user = authenticate(request, username=username, password=password)
    LoginAttempt.objects.create(username=username, ip=ip, success=user is not None)
    if user is None:
        audit.warning("failed login for %s from %s (password=%r)", username, ip, password)
        return render(request, "members/login.html", {"error": "Invalid credentials."}, status=401)

    login(request, user)
    audit.info("member %s logged in from %s", username, ip)
    return redirect(request.GET.get("next") if request.GET.get("next", "").startswith("/members/")
                    else "members:home")
