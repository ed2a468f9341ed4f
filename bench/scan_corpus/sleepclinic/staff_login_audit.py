"""Login view and audit trail for clinic staff on the sleep lab intranet.

Accreditation requires an audit record of every sign-in attempt to systems
holding patient data. Failed attempts are logged with the user name and
source address so repeated guessing can be spotted.
"""
from __future__ import annotations

import logging

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from .forms import StaffLoginForm
from .models import LoginAttempt

audit = logging.getLogger("intranet.audit")


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "")


@require_http_methods(["GET", "POST"])
def staff_login(request: HttpRequest) -> HttpResponse:
    form = StaffLoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        username = form.cleaned_data["username"]
        password = form.cleaned_data["password"]
        user = authenticate(request, username=username, password=password)
        ip = _client_ip(request)
        LoginAttempt.objects.create(username=username, ip_address=ip, succeeded=user is not None)
        if user is None:
            audit.warning("failed staff login for %r from %s", username, ip)
            form.add_error(None, "Invalid user name or password.")
        elif not user.is_active:
            audit.warning("login attempt for disabled account %r from %s", username, ip)
            form.add_error(None, "This account has been disabled.")
        else:
            login(request, user)
            audit.info("staff login for %r from %s", username, ip)
            return redirect("dashboard")
    return render(request, "intranet/login.html", {"form": form})
