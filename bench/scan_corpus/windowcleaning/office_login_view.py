"""Office staff login (Django), with an audit trail of attempts."""
import logging

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from .forms import StaffLoginForm
from .models import LoginAttempt

audit = logging.getLogger("rounds.office.audit")


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "unknown")


@require_http_methods(["GET", "POST"])
def staff_login(request: HttpRequest) -> HttpResponse:
    form = StaffLoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        username = form.cleaned_data["username"]
        user = authenticate(
            request,
            username=username,
            password=form.cleaned_data["password"],
        )
        LoginAttempt.objects.create(username=username, ip=_client_ip(request), success=user is not None)
        if user is None:
            audit.warning("Failed office login for %r from %s", username, _client_ip(request))
            form.add_error(None, "Username or password not recognised.")
        elif not user.is_staff:
            audit.warning("Non-staff account %r tried the office login", username)
            form.add_error(None, "This account cannot use the office system.")
        else:
            login(request, user)
            audit.info("Office login for %r from %s", username, _client_ip(request))
            return redirect("office:dashboard")
    return render(request, "office/login.html", {"form": form})
