"""Django view for new clients signing up to book dog walks."""

import logging

from django import forms
from django.contrib.auth import get_user_model, login
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect, render

from bookings.models import ClientProfile

log = logging.getLogger(__name__)


class SignupForm(forms.Form):
    full_name = forms.CharField(max_length=120)
    email = forms.EmailField()
    phone = forms.CharField(max_length=32)
    postcode = forms.CharField(max_length=10)
    password = forms.CharField(widget=forms.PasswordInput, min_length=10)

    def clean_email(self):
        email = self.cleaned_data["email"].lower()
        if get_user_model().objects.filter(email=email).exists():
            raise ValidationError("An account with this e-mail already exists.")
        return email

    def clean_password(self):
        password = self.cleaned_data["password"]
        validate_password(password)
        return password


def signup(request):
    form = SignupForm(request.POST or None)
    if request.method == "POST":
        if not form.is_valid():
            log.info(
                "client signup rejected for %s: %s",
                request.POST.get("email", "?"),
                sorted(form.errors.keys()),
            )
            return render(request, "clients/signup.html", {"form": form}, status=400)
        data = form.cleaned_data
        with transaction.atomic():
            user = get_user_model().objects.create_user(
                username=data["email"], email=data["email"], password=data["password"]
            )
            ClientProfile.objects.create(
                user=user, full_name=data["full_name"], phone=data["phone"], postcode=data["postcode"]
            )
        log.info("new client account %s created for %s", user.pk, data["email"])
        login(request, user)
        return redirect("bookings:new")
    return render(request, "clients/signup.html", {"form": form})
