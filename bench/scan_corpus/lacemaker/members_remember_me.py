"""Sign-in and display preferences for the members' area.

Members can tick "keep me signed in" so they don't have to log in every time
they come back for a pattern, and can choose the currency prices are shown in.
"""
from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from lacemaker.members.tokens import issue_remember_token

REMEMBER_COOKIE = "lm_remember"
REMEMBER_DAYS = 30
CURRENCY_COOKIE = "lm_currency"
CURRENCIES = {"GBP", "EUR", "USD", "AUD"}


@require_http_methods(["GET", "POST"])
def sign_in(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "members/sign_in.html")
    user = authenticate(request, username=request.POST.get("email"), password=request.POST.get("password"))
    if user is None:
        return render(request, "members/sign_in.html", {"error": True}, status=401)
    login(request, user)
    response = redirect("members:library")
    if request.POST.get("remember") == "on":
        response.set_signed_cookie(
            REMEMBER_COOKIE,
            issue_remember_token(user),
            salt="members.remember",
            max_age=REMEMBER_DAYS * 86400,
            secure=True,
            httponly=True,
            samesite="Lax",
        )
    return response


@require_POST
def set_currency(request: HttpRequest) -> HttpResponse:
    currency = request.POST.get("currency", "GBP").upper()
    if currency not in CURRENCIES:
        currency = "GBP"
    response = redirect("shop:index")
    response.set_cookie(CURRENCY_COOKIE, currency, max_age=365 * 86400, samesite="Lax")
    return response
