"""Sign-in view for the member portal with failed-attempt auditing."""

import logging

from django.contrib.auth import authenticate, login
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

audit = logging.getLogger("portal.auth.audit")

MAX_FAILURES = 5
LOCKOUT_SECONDS = 15 * 60


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "unknown")


def _failure_key(username: str) -> str:
    return f"login-failures:{username.lower()}"


def _record_failure(request: HttpRequest, username: str) -> int:
    key = _failure_key(username)
    failures = cache.get(key, 0) + 1
    cache.set(key, failures, LOCKOUT_SECONDS)
    audit.warning(
        "Failed sign-in for %r from %s (attempt %d of %d)",
        username,
        _client_ip(request),
        failures,
        MAX_FAILURES,
    )
    return failures


@require_http_methods(["GET", "POST"])
def sign_in(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "portal/sign_in.html")

    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    if cache.get(_failure_key(username), 0) >= MAX_FAILURES:
        audit.warning("Locked-out account %r tried again from %s", username, _client_ip(request))
        return render(request, "portal/sign_in.html", {"error": "Too many attempts. Try again later."}, status=429)

    user = authenticate(request, username=username, password=password)
    if user is None:
        _record_failure(request, username)
        return render(request, "portal/sign_in.html", {"error": "Username or password is incorrect."}, status=401)

    cache.delete(_failure_key(username))
    login(request, user)
    audit.info("Member %s signed in from %s", user.pk, _client_ip(request))
    return redirect("portal:home")
