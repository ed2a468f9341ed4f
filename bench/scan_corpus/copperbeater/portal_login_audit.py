"""Login view for the trade portal, with an audit trail of sign-in attempts."""
from __future__ import annotations

import logging

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

audit = logging.getLogger("copperbeater.audit.login")


def _client_ip(request: HttpRequest) -> str:
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded:
        return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "-")


def _audit_context(request: HttpRequest, username: str) -> dict:
    return {
        "username": username,
        "ip": _client_ip(request),
        "agent": request.META.get("HTTP_USER_AGENT", "")[:120],
    }


@require_http_methods(["GET", "POST"])
def trade_login(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "portal/login.html")
    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    ctx = _audit_context(request, username)
    user = authenticate(request, username=username, password=password)
    if user is None:
        audit.warning("failed trade login user=%(username)s ip=%(ip)s agent=%(agent)s", ctx)
        return render(request, "portal/login.html", {"error": "Username or password incorrect"},
                      status=401)
    if not user.is_active:
        audit.warning("login for disabled account user=%(username)s ip=%(ip)s", ctx)
        return render(request, "portal/login.html", {"error": "Account disabled"}, status=403)
    login(request, user)
    audit.info("trade login ok user=%(username)s ip=%(ip)s", ctx)
    return redirect("portal:dashboard")
