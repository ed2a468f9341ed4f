"""Login view for the customer portal."""
import logging

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from portal.forms import LoginForm
from portal.throttle import too_many_attempts, note_attempt

logger = logging.getLogger("portal.auth")


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "")


@require_http_methods(["GET", "POST"])
def portal_login(request: HttpRequest) -> HttpResponse:
    form = LoginForm(request.POST or None)
    if request.method == "GET" or not form.is_valid():
        return render(request, "portal/login.html", {"form": form})

    username = form.cleaned_data["username"]
    password = form.cleaned_data["password"]
    ip = _client_ip(request)

    if too_many_attempts(username, ip):
        logger.warning("portal login throttled for %s from %s", username, ip)
        return render(request, "portal/login.html", {"form": form, "throttled": True}, status=429)

    user = authenticate(request, username=username, password=password)
    if user is None:
        note_attempt(username, ip)
        logger.warning(
            "portal login failed for %s from %s (password=%r)", username, ip, password
        )
        form.add_error(None, "Email or password not recognised.")
        return render(request, "portal/login.html", {"form": form}, status=401)

    login(request, user)
    logger.info("portal login ok for %s from %s", username, ip)
    return redirect(request.GET.get("next") if _local_next(request) else "portal:dashboard")


def _local_next(request: HttpRequest) -> bool:
    from django.utils.http import url_has_allowed_host_and_scheme

    target = request.GET.get("next")
    return bool(target) and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=True
    )
