"""Trade account application form for shops that want to stock our brooms."""

import logging

from django import forms
from django.contrib.auth.models import User
from django.db import transaction
from django.shortcuts import redirect, render

from .models import TradeApplication

log = logging.getLogger("trade.signup")


class TradeSignupForm(forms.Form):
    business_name = forms.CharField(max_length=120)
    contact_name = forms.CharField(max_length=80)
    email = forms.EmailField()
    vat_number = forms.CharField(max_length=20, required=False)
    shop_type = forms.ChoiceField(
        choices=[("garden", "Garden centre"), ("hardware", "Hardware shop"),
                 ("gift", "Gift / craft shop"), ("online", "Online only")]
    )
    password = forms.CharField(widget=forms.PasswordInput, min_length=12)
    confirm_password = forms.CharField(widget=forms.PasswordInput)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("password") != cleaned.get("confirm_password"):
            raise forms.ValidationError("The two passwords do not match.")
        if User.objects.filter(email__iexact=cleaned.get("email", "")).exists():
            raise forms.ValidationError("An account already uses that email address.")
        return cleaned


def trade_signup(request):
    if request.method != "POST":
        return render(request, "trade/signup.html", {"form": TradeSignupForm()})

    form = TradeSignupForm(request.POST)
    if not form.is_valid():
        submitted = request.POST.dict()
        log.info("trade signup rejected: errors=%s data=%s", form.errors.as_json(), submitted)
        return render(request, "trade/signup.html", {"form": form}, status=400)

    data = form.cleaned_data
    with transaction.atomic():
        user = User.objects.create_user(
            username=data["email"].lower(),
            email=data["email"].lower(),
            password=data["password"],
            is_active=False,
        )
        TradeApplication.objects.create(
            user=user,
            business_name=data["business_name"],
            contact_name=data["contact_name"],
            vat_number=data["vat_number"],
            shop_type=data["shop_type"],
        )
    log.info("trade application received from %s (%s)", data["business_name"], data["shop_type"])
    return redirect("trade:signup_thanks")
