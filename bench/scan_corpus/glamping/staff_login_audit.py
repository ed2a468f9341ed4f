"""Audit logging for staff sign-ins to the reservations back office.

Every sign-in attempt is written to the audit log with the user name,
source address and outcome, which the site manager reviews weekly.
"""
from __future__ import annotations

import logging

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

audit = logging.getLogger("glamping.audit")


def client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "unknown")


@require_http_methods(["GET", "POST"])
def staff_sign_in(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "backoffice/sign_in.html")

    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    user = authenticate(request, username=username, password=password)
    if user is None or not user.is_staff:
        audit.warning("staff sign-in failed user=%r ip=%s", username, client_ip(request))
        return render(
            request,
            "backoffice/sign_in.html",
            {"error": "Unknown user name or wrong password", "username": username},
            status=401,
        )

    login(request, user)
    audit.info("staff sign-in ok user=%r ip=%s", user.get_username(), client_ip(request))
    return redirect("backoffice:arrivals")


@require_http_methods(["POST"])
def staff_sign_out(request: HttpRequest) -> HttpResponse:
    from django.contrib.auth import logout

    name = request.user.get_username() if request.user.is_authenticated else "anonymous"
    logout(request)
    audit.info("staff sign-out user=%r ip=%s", name, client_ip(request))
    return redirect("backoffice:sign_in")
