"""Session cookie handling for the council tax online account (Django view)."""
import secrets
from datetime import timedelta

from django.contrib.auth import authenticate
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from ctax.sessions import open_session

COOKIE_NAME = "__Host-ctax_sid"
IDLE_TIMEOUT = timedelta(minutes=30)


@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "ctax/login.html")

    user = authenticate(
        request,
        username=request.POST.get("account_ref", ""),
        password=request.POST.get("password", ""),
    )
    if user is None:
        return render(request, "ctax/login.html", {"error": True}, status=401)

    token = secrets.token_urlsafe(32)
    open_session(token, user_id=user.pk, ttl=IDLE_TIMEOUT)

    response = redirect("ctax:account_summary")
    response.set_cookie(
        COOKIE_NAME,
        token,
        max_age=int(IDLE_TIMEOUT.total_seconds()),
        path="/",
        secure=True,
        httponly=True,
        samesite="Strict",
    )
    return response
