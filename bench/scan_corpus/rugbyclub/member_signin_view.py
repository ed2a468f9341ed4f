"""Sign-in view for the members' area, with an audit log of attempts."""
from __future__ import annotations

import logging

from django.contrib.auth import authenticate, login
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

audit = logging.getLogger("rugbyclub.audit")

FAILURE_WINDOW_SECONDS = 3600
MAX_FAILURES = 8


def _failure_key(username: str) -> str:
    return f"signin-failures:{username.lower()}"


@require_http_methods(["GET", "POST"])
def member_signin(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "members/signin.html")

    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    ip = request.META.get("REMOTE_ADDR", "unknown")
    key = _failure_key(username)

    if cache.get(key, 0) >= MAX_FAILURES:
        audit.warning("sign-in locked for %s from %s", username, ip)
        return render(request, "members/signin.html", {"error": "Too many attempts."}, status=429)

    user = authenticate(request, username=username, password=password)
    if user is None:
        failures = cache.get(key, 0) + 1
        cache.set(key, failures, FAILURE_WINDOW_SECONDS)
        audit.warning("failed sign-in for %s from %s (failure %d)", username, ip, failures)
        return render(request, "members/signin.html", {"error": "Invalid credentials."}, status=401)

    cache.delete(key)
    login(request, user)
    audit.info("member %s signed in from %s", username, ip)
    return redirect("members:home")
