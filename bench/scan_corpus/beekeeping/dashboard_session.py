"""Sign-in for the beekeeper web dashboard with 'remember this device'."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from .forms import SignInForm
from .models import DeviceToken

DEVICE_COOKIE = "hs_device"
DEVICE_TTL = timedelta(days=30)


def _attach_device_cookie(response: HttpResponse, token: str) -> None:
    response.set_cookie(
        DEVICE_COOKIE,
        token,
        max_age=int(DEVICE_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Strict",
        domain=settings.SESSION_COOKIE_DOMAIN,
    )


@require_http_methods(["GET", "POST"])
def sign_in(request: HttpRequest) -> HttpResponse:
    form = SignInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = authenticate(
            request,
            username=form.cleaned_data["email"],
            password=form.cleaned_data["password"],
        )
        if user is None:
            form.add_error(None, "Email or password is incorrect.")
        else:
            login(request, user)
            response = redirect("dashboard:apiaries")
            if form.cleaned_data.get("remember_device"):
                _attach_device_cookie(response, DeviceToken.objects.issue(user, DEVICE_TTL))
            return response
    return render(request, "dashboard/sign_in.html", {"form": form})
