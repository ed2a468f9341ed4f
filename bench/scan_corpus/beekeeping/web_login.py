"""Login view for the web dashboard, with an optional 'keep me signed in'."""

from datetime import timedelta

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from .forms import LoginForm
from .models import RememberToken

REMEMBER_COOKIE = "hs_remember"
REMEMBER_FOR = timedelta(days=30)


@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    form = LoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = authenticate(
            request,
            username=form.cleaned_data["email"],
            password=form.cleaned_data["password"],
        )
        if user is not None:
            login(request, user)
            response = redirect("dashboard:apiaries")
            if form.cleaned_data.get("remember"):
                token = RememberToken.objects.issue(user, lifetime=REMEMBER_FOR)
                response.set_cookie(
                    REMEMBER_COOKIE,
                    token,
                    max_age=int(REMEMBER_FOR.total_seconds()),
                    samesite="Lax",
                )
            return response
        form.add_error(None, "Email or password is incorrect.")
    return render(request, "dashboard/login.html", {"form": form})
