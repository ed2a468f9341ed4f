"""Audit trail for member sign-ins on the booking website (Django)."""
from __future__ import annotations

import logging

from django.contrib.auth import authenticate, login
from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver
from django.http import HttpRequest
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

audit = logging.getLogger("karaoke.audit.members")


def _ip(request: HttpRequest | None) -> str:
    if request is None:
        return "-"
    return request.META.get("REMOTE_ADDR", "-")


@receiver(user_login_failed)
def log_failed_login(sender, credentials: dict, request: HttpRequest | None = None, **kwargs):
    audit.warning(
        "member sign-in failed username=%s ip=%s",
        credentials.get("username", "?"),
        _ip(request),
    )


@require_http_methods(["GET", "POST"])
def member_sign_in(request: HttpRequest):
    if request.method == "GET":
        return render(request, "members/sign_in.html")
    username = request.POST.get("username", "").strip().lower()
    password = request.POST.get("password", "")
    user = authenticate(request, username=username, password=password)
    if user is None:
        return render(
            request,
            "members/sign_in.html",
            {"error": "Those details don't match our records", "username": username},
            status=401,
        )
    login(request, user)
    audit.info("member sign-in ok user_id=%s username=%s ip=%s", user.pk, username, _ip(request))
    return redirect("members:dashboard")
