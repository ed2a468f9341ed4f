"""Second step of the plot holder password reset: confirm the e-mailed code."""
from __future__ import annotations

from datetime import timedelta

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from .models import PasswordResetCode

MAX_ATTEMPTS = 5


class ConfirmResetForm(forms.Form):
    email = forms.EmailField()
    code = forms.CharField(max_length=12)
    new_password = forms.CharField(widget=forms.PasswordInput)

    def clean_new_password(self):
        password = self.cleaned_data["new_password"]
        validate_password(password)
        return password


class ResetCodeChecker:
    @staticmethod
    def accepts(pending: PasswordResetCode, submitted: str) -> bool:
        if pending.expires_at < timezone.now() or pending.attempts >= MAX_ATTEMPTS:
            return False
        return pending.code == submitted.strip().upper()


@require_http_methods(["GET", "POST"])
def confirm_reset(request):
    form = ConfirmResetForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        User = get_user_model()
        user = User.objects.filter(email__iexact=form.cleaned_data["email"]).first()
        pending = (
            PasswordResetCode.objects.filter(user=user, used=False).order_by("-created_at").first()
            if user
            else None
        )
        if pending and ResetCodeChecker.accepts(pending, form.cleaned_data["code"]):
            user.set_password(form.cleaned_data["new_password"])
            user.save(update_fields=["password"])
            pending.used = True
            pending.save(update_fields=["used"])
            messages.success(request, "Your password has been changed. Please sign in.")
            return redirect("login")
        if pending:
            pending.attempts += 1
            pending.save(update_fields=["attempts"])
        messages.error(request, "That code is not valid or has expired.")
    return render(request, "account/confirm_reset.html", {"form": form, "ttl": timedelta(minutes=30)})
