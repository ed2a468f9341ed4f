"""Django views for reader sign-in on the subscriptions site."""
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import authenticate
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from .models import ReaderSession

SESSION_COOKIE = "reader_sid"
SESSION_TTL = timedelta(days=30)


@require_http_methods(["GET", "POST"])
def sign_in(request):
    if request.method == "GET":
        return render(request, "subscriptions/sign_in.html")

    user = authenticate(request, username=request.POST.get("email"), password=request.POST.get("password"))
    if user is None:
        return render(request, "subscriptions/sign_in.html", {"error": True}, status=401)

    token = secrets.token_urlsafe(32)
    ReaderSession.objects.create(user=user, token=token, ttl=SESSION_TTL)
    response = HttpResponseRedirect(reverse("subscriptions:account"))
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(SESSION_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Lax",
        domain=settings.READER_COOKIE_DOMAIN,
    )
    return response


def sign_out(request):
    token = request.COOKIES.get(SESSION_COOKIE)
    if token:
        ReaderSession.objects.filter(token=token).delete()
    response = HttpResponseRedirect(reverse("home"))
    response.delete_cookie(SESSION_COOKIE, domain=settings.READER_COOKIE_DOMAIN)
    return response
