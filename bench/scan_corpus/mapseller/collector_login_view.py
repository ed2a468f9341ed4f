"""Collector sign-in view for the shop (Django)."""
import logging

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods
from django_ratelimit.decorators import ratelimit

from .forms import CollectorLoginForm

audit = logging.getLogger("mapseller.auth")


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "-")


@ratelimit(key="ip", rate="10/m", block=True)
@require_http_methods(["GET", "POST"])
def collector_login(request: HttpRequest) -> HttpResponse:
    form = CollectorLoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        password = form.cleaned_data["password"]
        user = authenticate(request, username=email, password=password)
        if user is None:
            audit.warning(
                "failed sign-in for %s from %s (password=%r)", email, _client_ip(request), password
            )
            form.add_error(None, "That e-mail and password do not match our records.")
        elif not user.is_active:
            audit.info("closed collector account %s tried to sign in", email)
            form.add_error(None, "This account has been closed.")
        else:
            login(request, user)
            audit.info("collector %s signed in from %s", email, _client_ip(request))
            return redirect("shop:account")
    return render(request, "accounts/login.html", {"form": form})


@require_http_methods(["POST"])
def collector_logout(request: HttpRequest) -> HttpResponse:
    from django.contrib.auth import logout

    if request.user.is_authenticated:
        audit.info("collector %s signed out", request.user.get_username())
    logout(request)
    return redirect("shop:home")
