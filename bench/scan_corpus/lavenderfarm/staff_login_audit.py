"""Login view for the staff intranet (rota, field log, still-room checklists) with audit trail."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

audit = logging.getLogger("lavenderfarm.audit")

MAX_ATTEMPTS = 5


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "unknown")


def _attempts_key(username: str) -> str:
    return f"login-attempts:{username.lower()}"


@require_http_methods(["GET", "POST"])
def staff_login(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "staff/login.html")

    from django.core.cache import cache

    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    key = _attempts_key(username)
    attempts = cache.get(key, 0)
    if attempts >= MAX_ATTEMPTS:
        audit.warning("locked out login for %s from %s", username, _client_ip(request))
        return render(request, "staff/login.html", {"error": "Too many attempts"}, status=429)

    user = authenticate(request, username=username, password=password)
    if user is None:
        cache.set(key, attempts + 1, timeout=900)
        audit.warning(
            "failed staff login user=%s password=%r ip=%s at=%s",
            username,
            password,
            _client_ip(request),
            datetime.now(timezone.utc).isoformat(),
        )
        return render(request, "staff/login.html", {"error": "Invalid credentials"}, status=401)

    cache.delete(key)
    login(request, user)
    audit.info("staff login user=%s ip=%s", username, _client_ip(request))
    return redirect("rota:this_week")
