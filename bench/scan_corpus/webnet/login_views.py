"""Staff login for the back office (Django)."""
import logging

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from backoffice.forms import LoginForm
from backoffice.ratelimit import too_many_attempts

logger = logging.getLogger("backoffice.auth")


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "-")


@require_http_methods(["GET", "POST"])
def staff_login(request: HttpRequest) -> HttpResponse:
    form = LoginForm(request.POST or None)
    if request.method == "GET" or not form.is_valid():
        return render(request, "backoffice/login.html", {"form": form})

    username = form.cleaned_data["username"]
    if too_many_attempts(username, _client_ip(request)):
        logger.warning("login throttled for username=%s ip=%s", username, _client_ip(request))
        return render(request, "backoffice/login.html", {"form": form, "throttled": True}, status=429)

    user = authenticate(request, username=username, password=form.cleaned_data["password"])
    if user is None:
        logger.info("failed staff login for username=%s ip=%s", username, _client_ip(request))
        form.add_error(None, "Invalid credentials")
        return render(request, "backoffice/login.html", {"form": form}, status=401)

    login(request, user)
    logger.info("staff user %s logged in from %s", user.pk, _client_ip(request))
    return redirect("backoffice:home")
