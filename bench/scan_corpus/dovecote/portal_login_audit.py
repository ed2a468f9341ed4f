"""Login view for the volunteer portal with an audit trail.

Failed and successful sign-ins are recorded for the volunteer office,
who are asked about them when an account gets locked.
"""
import logging

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

audit = logging.getLogger("portal.audit")


def client_ip(request: HttpRequest) -> str:
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded:
        return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


@require_http_methods(["GET", "POST"])
def portal_login(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "portal/login.html")

    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    ip = client_ip(request)
    user = authenticate(request, username=username, password=password)

    if user is None:
        audit.warning("Failed portal login for username=%r from %s", username, ip)
        return render(
            request,
            "portal/login.html",
            {"error": "That username and password did not match.", "username": username},
            status=401,
        )
    if not user.is_active:
        audit.warning("Inactive volunteer %s tried to sign in from %s", username, ip)
        return render(request, "portal/login.html", {"error": "Account disabled."}, status=403)

    login(request, user)
    audit.info("Volunteer %s signed in from %s", username, ip)
    return redirect("portal:home")
