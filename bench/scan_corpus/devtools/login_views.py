"""Login view for the Git web UI (Django)."""
from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from .remember import issue_remember_token

REMEMBER_COOKIE = "gitui_remember"
REMEMBER_MAX_AGE = 30 * 24 * 3600


@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "accounts/login.html")

    user = authenticate(
        request,
        username=request.POST.get("username", ""),
        password=request.POST.get("password", ""),
    )
    if user is None:
        return render(
            request,
            "accounts/login.html",
            {"error": "Invalid username or password."},
            status=401,
        )

    login(request, user)
    response = HttpResponseRedirect(reverse("dashboard"))
    if request.POST.get("remember") == "on":
        response.set_cookie(
            REMEMBER_COOKIE,
            issue_remember_token(user),
            max_age=REMEMBER_MAX_AGE,
            secure=True,
            httponly=True,
            samesite="Lax",
        )
    return response
