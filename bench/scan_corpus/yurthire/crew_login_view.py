"""Django views for the crew portal sign-in (rosters, load sheets, site notes)."""

import logging

from django.contrib.auth import authenticate, login, logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_http_methods

from .forms import CrewLoginForm
from .models import CrewLoginAudit

log = logging.getLogger("crew.auth")

MAX_FAILURES_BEFORE_LOCK = 5


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "")


@csrf_protect
@require_http_methods(["GET", "POST"])
def crew_login(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("crew:roster")

    form = CrewLoginForm(request.POST or None)
    if request.method == "POST":
        if not form.is_valid():
            log.debug("crew login form rejected: %s", request.POST.dict())
            return render(request, "crew/login.html", {"form": form}, status=400)

        username = form.cleaned_data["username"]
        user = authenticate(request, username=username, password=form.cleaned_data["password"])
        failures = CrewLoginAudit.recent_failures(username)
        if user is None or failures >= MAX_FAILURES_BEFORE_LOCK:
            CrewLoginAudit.objects.create(username=username, ip=_client_ip(request), success=False)
            log.info("failed crew login for %s from %s", username, _client_ip(request))
            form.add_error(None, "Those details did not match, or the account is locked.")
            return render(request, "crew/login.html", {"form": form}, status=401)

        login(request, user)
        request.session.cycle_key()
        CrewLoginAudit.objects.create(username=username, ip=_client_ip(request), success=True)
        log.info("crew member %s signed in", username)
        return redirect(request.GET.get("next") if _is_local(request.GET.get("next")) else "crew:roster")

    return render(request, "crew/login.html", {"form": form})


def _is_local(target) -> bool:
    return bool(target) and target.startswith("/") and not target.startswith("//")


@require_http_methods(["POST"])
def crew_logout(request: HttpRequest) -> HttpResponse:
    logout(request)
    return redirect("crew:login")
