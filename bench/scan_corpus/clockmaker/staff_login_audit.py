"""Sign-in handling for workshop staff accounts.

Every attempt is written to the audit log so the owner can review access
to customer records and valuation data.
"""
import logging

from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from clockmaker.staff.forms import StaffLoginForm

audit = logging.getLogger("clockmaker.audit.auth")


def _client_ip(request) -> str:
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "")


@require_http_methods(["GET", "POST"])
def staff_login(request):
    form = StaffLoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        username = form.cleaned_data["username"]
        password = form.cleaned_data["password"]
        user = authenticate(request, username=username, password=password)
        outcome = "success" if user is not None else "failure"
        audit.info(
            "staff sign-in %s",
            outcome,
            extra={
                "username": username,
                "ip": _client_ip(request),
                "user_agent": request.META.get("HTTP_USER_AGENT", "")[:200],
            },
        )
        if user is not None:
            login(request, user)
            return HttpResponseRedirect("/workshop/")
        form.add_error(None, "Username or password not recognised")
    return render(request, "staff/login.html", {"form": form})
