"""Sign-in handler for the staff tablet admin console, with audit logging."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from .forms import TabletLoginForm

log = logging.getLogger("staff.auth")


@dataclass(frozen=True)
class LoginAttempt:
    username: str
    tablet_serial: str
    remote_addr: str

    @classmethod
    def from_request(cls, request: HttpRequest, username: str) -> "LoginAttempt":
        return cls(
            username=username,
            tablet_serial=request.headers.get("X-Tablet-Serial", "unknown"),
            remote_addr=request.META.get("REMOTE_ADDR", "-"),
        )

    def describe(self) -> str:
        return f"user={self.username} tablet={self.tablet_serial} addr={self.remote_addr}"


@require_POST
def tablet_sign_in(request: HttpRequest) -> JsonResponse:
    form = TabletLoginForm(request.POST)
    if not form.is_valid():
        log.info("rejected malformed sign-in form: fields=%s", sorted(form.errors))
        return JsonResponse({"error": "invalid form"}, status=400)

    username = form.cleaned_data["username"]
    password = form.cleaned_data["password"]
    attempt = LoginAttempt.from_request(request, username)
    user = authenticate(request, username=username, password=password)
    if user is None:
        log.warning("failed tablet sign-in: %s", attempt.describe())
        return JsonResponse({"error": "invalid credentials"}, status=401)
    if not user.groups.filter(name="van_staff").exists():
        log.warning("sign-in by non van staff refused: %s", attempt.describe())
        return JsonResponse({"error": "not authorised for tablets"}, status=403)

    login(request, user)
    log.info("tablet sign-in ok: %s", attempt.describe())
    return JsonResponse({"username": user.get_username(), "van": user.profile.van_code})
