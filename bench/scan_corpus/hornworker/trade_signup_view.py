"""Sign-up for new museum-shop trade accounts (Django view)."""
import logging

from django import forms
from django.contrib.auth import get_user_model
from django.db import transaction
from django.shortcuts import redirect, render

from hornworker.trade.models import MuseumAccount

log = logging.getLogger("hornworker.trade.signup")


class TradeSignupForm(forms.Form):
    museum_name = forms.CharField(max_length=160)
    vat_number = forms.CharField(max_length=20, required=False)
    contact_email = forms.EmailField()
    password = forms.CharField(widget=forms.PasswordInput, min_length=12)
    password_again = forms.CharField(widget=forms.PasswordInput)

    def clean(self):
        data = super().clean()
        if data.get("password") != data.get("password_again"):
            raise forms.ValidationError("Passwords do not match.")
        return data


def trade_signup(request):
    if request.method != "POST":
        return render(request, "trade/signup.html", {"form": TradeSignupForm()})
    form = TradeSignupForm(request.POST)
    if not form.is_valid():
        submitted = request.POST.dict()
        log.warning("trade signup rejected: %s errors=%s", submitted, form.errors.as_json())
        return render(request, "trade/signup.html", {"form": form}, status=400)
    data = form.cleaned_data
    with transaction.atomic():
        user = get_user_model().objects.create_user(
            username=data["contact_email"],
            email=data["contact_email"],
            password=data["password"],
        )
        MuseumAccount.objects.create(
            owner=user,
            name=data["museum_name"],
            vat_number=data["vat_number"],
            approved=False,
        )
    log.info("trade signup received for %s", data["museum_name"])
    return redirect("trade:signup-thanks")
