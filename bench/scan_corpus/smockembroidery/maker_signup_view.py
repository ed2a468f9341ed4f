"""Django view for makers applying to sell on the studio marketplace.

New makers fill in a short application with their shop name, contact
email and a password for their account.  Applications are reviewed by
staff before the shop goes live.
"""
from __future__ import annotations

import logging

from django import forms
from django.contrib.auth import get_user_model
from django.db import transaction
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from .models import MakerApplication

logger = logging.getLogger("smockstudio.makers")


class MakerSignupForm(forms.Form):
    shop_name = forms.CharField(max_length=80)
    email = forms.EmailField()
    password = forms.CharField(widget=forms.PasswordInput, min_length=12)
    speciality = forms.ChoiceField(
        choices=[
            ("smocking", "Hand smocking"),
            ("embroidery", "Embroidery"),
            ("heirloom", "Heirloom sewing"),
        ]
    )
    portfolio_url = forms.URLField(required=False)


@require_http_methods(["GET", "POST"])
def maker_signup(request):
    if request.method == "GET":
        return render(request, "makers/signup.html", {"form": MakerSignupForm()})

    form = MakerSignupForm(request.POST)
    if not form.is_valid():
        return render(request, "makers/signup.html", {"form": form}, status=400)

    data = form.cleaned_data
    logger.info("maker application received: %s", data)
    User = get_user_model()
    with transaction.atomic():
        user = User.objects.create_user(
            username=data["email"], email=data["email"], password=data["password"], is_active=False
        )
        MakerApplication.objects.create(
            user=user,
            shop_name=data["shop_name"],
            speciality=data["speciality"],
            portfolio_url=data["portfolio_url"] or "",
        )
    return redirect("makers:application-received")
