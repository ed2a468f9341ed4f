"""Login view for the trade portal with an audit trail.

Credit control asked for a record of every sign-in attempt against trade
accounts, so that disputes ("nobody here placed that order") can be checked
against who logged in and from where.
"""

import logging
from datetime import datetime, timezone

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

audit = logging.getLogger("limeworks.audit.login")


def _client_ip(request: HttpRequest) -> str:
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "")


def _attempt_context(request: HttpRequest) -> dict:
    return {
        "at": datetime.now(timezone.utc).isoformat(),
        "ip": _client_ip(request),
        "agent": request.META.get("HTTP_USER_AGENT", "")[:200],
        "form": request.POST.dict(),
    }


@require_http_methods(["GET", "POST"])
def portal_login(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "portal/login.html")
    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    user = authenticate(request, username=username, password=password)
    if user is None:
        audit.warning("Rejected portal sign-in: %s", _attempt_context(request))
        return render(
            request, "portal/login.html", {"error": "Account number or password not recognised"}
        )
    login(request, user)
    audit.info(
        "Portal sign-in account=%s user=%s ip=%s",
        user.trade_account.number,
        user.pk,
        _client_ip(request),
    )
    return redirect("portal:dashboard")
