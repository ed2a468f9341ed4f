"""Login view for the trade (wholesale) side of the site."""
import logging

from django import forms
from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

logger = logging.getLogger("trade.auth")


class TradeLoginForm(forms.Form):
    email = forms.EmailField(max_length=200)
    password = forms.CharField(widget=forms.PasswordInput, max_length=200)
    remember_me = forms.BooleanField(required=False)


def _client_ip(request) -> str:
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() if forwarded else request.META.get("REMOTE_ADDR", "")


@require_http_methods(["GET", "POST"])
def trade_login(request):
    form = TradeLoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = authenticate(
            request,
            username=form.cleaned_data["email"].lower(),
            password=form.cleaned_data["password"],
        )
        if user is None:
            logger.warning("trade login failed from %s: %s", _client_ip(request), form.cleaned_data)
            form.add_error(None, "That email and password don't match a trade account.")
        elif not user.groups.filter(name="trade").exists():
            logger.info("non-trade user %s tried the trade login", user.pk)
            form.add_error(None, "This login is for trade accounts only.")
        else:
            login(request, user)
            if not form.cleaned_data["remember_me"]:
                request.session.set_expiry(0)
            logger.info("trade user %s logged in", user.pk)
            return redirect("trade:dashboard")
    return render(request, "trade/login.html", {"form": form})
