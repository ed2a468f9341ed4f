"""Login view for the trade portal with an audit trail of sign-in attempts."""
import logging

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from accounts.models import LoginAttempt

audit = logging.getLogger("tinsmith.audit.login")

LOCKOUT_THRESHOLD = 8


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "")


def _recent_failures(username: str) -> int:
    since = timezone.now() - timezone.timedelta(minutes=15)
    return LoginAttempt.objects.filter(username=username, success=False, at__gte=since).count()


@require_http_methods(["GET", "POST"])
def portal_login(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "portal/login.html")

    username = request.POST.get("username", "").strip().lower()
    password = request.POST.get("password", "")
    ip = _client_ip(request)

    if _recent_failures(username) >= LOCKOUT_THRESHOLD:
        audit.warning("login blocked for %s from %s: too many failures", username, ip)
        return render(request, "portal/login.html", {"error": "Too many attempts, try later."}, status=429)

    user = authenticate(request, username=username, password=password)
    LoginAttempt.objects.create(username=username, ip=ip, success=user is not None, at=timezone.now())
    if user is None:
        audit.info("failed portal login for %s from %s", username, ip)
        return render(request, "portal/login.html", {"error": "Wrong e-mail or password."}, status=401)

    login(request, user)
    audit.info("portal login ok for %s (account %s) from %s", username, user.trade_account_id, ip)
    return redirect("portal:dashboard")
