"""Login view for the season-pass holder portal (Django)."""
from django.conf import settings
from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from passportal.devices import issue_device_token

DEVICE_COOKIE = "sp_device"
DEVICE_COOKIE_AGE = 60 * 60 * 24 * 60


@require_http_methods(["GET", "POST"])
def login_view(request):
    if request.method == "GET":
        return render(request, "passportal/login.html")

    user = authenticate(request, username=request.POST.get("email"), password=request.POST.get("password"))
    if user is None:
        return render(request, "passportal/login.html", {"error": "Invalid e-mail or password"}, status=401)

    login(request, user)
    response = redirect(settings.LOGIN_REDIRECT_URL)
    if request.POST.get("remember") == "on":
        response.set_cookie(
            DEVICE_COOKIE,
            issue_device_token(user),
            max_age=DEVICE_COOKIE_AGE,
            secure=True,
            httponly=True,
            samesite="Lax",
        )
    return response
