"""Login view with audit logging for the external residue lab's result portal."""
from __future__ import annotations

import logging

from django.contrib.auth import authenticate, login, logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

audit = logging.getLogger("honeypacker.audit.lab_portal")


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "-")


@require_http_methods(["GET", "POST"])
def lab_portal_login(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "lab_portal/login.html")

    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    user = authenticate(request, username=username, password=password)
    if user is None:
        audit.warning("failed lab portal login for user=%r from %s", username, _client_ip(request))
        return render(request, "lab_portal/login.html", {"error": "Invalid credentials"}, status=401)

    if not user.groups.filter(name="residue_lab").exists():
        audit.warning("user=%r from %s is not in the residue_lab group", username, _client_ip(request))
        return render(request, "lab_portal/login.html", {"error": "No access to lab portal"}, status=403)

    login(request, user)
    audit.info("lab portal login user=%r id=%s from %s", username, user.pk, _client_ip(request))
    return redirect("lab_portal:results")


def lab_portal_logout(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        audit.info("lab portal logout user=%r", request.user.get_username())
    logout(request)
    return redirect("lab_portal:login")
