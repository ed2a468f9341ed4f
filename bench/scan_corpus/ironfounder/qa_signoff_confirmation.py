"""Second-factor confirmation for QA certificate sign-off.

Before an inspector's signature is applied to a 3.1 inspection
certificate, a six digit code is sent to their phone and must be entered
on the confirmation screen within five minutes.
"""
from datetime import timedelta

from django import forms
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views import View

from qa.models import Certificate, SignOffChallenge

CHALLENGE_TTL = timedelta(minutes=5)
MAX_ATTEMPTS = 5


class ConfirmForm(forms.Form):
    code = forms.CharField(min_length=6, max_length=6)


class SignOffConfirmView(LoginRequiredMixin, View):
    template_name = "qa/signoff_confirm.html"

    def _challenge(self, request, cert: Certificate) -> SignOffChallenge:
        return get_object_or_404(
            SignOffChallenge, certificate=cert, inspector=request.user, consumed=False
        )

    def get(self, request, cert_id: int):
        cert = get_object_or_404(Certificate, pk=cert_id, status="awaiting_signature")
        return render(request, self.template_name, {"cert": cert, "form": ConfirmForm()})

    def post(self, request, cert_id: int):
        cert = get_object_or_404(Certificate, pk=cert_id, status="awaiting_signature")
        form = ConfirmForm(request.POST)
        if not form.is_valid():
            return render(request, self.template_name, {"cert": cert, "form": form})
        challenge = self._challenge(request, cert)
        if timezone.now() - challenge.created_at > CHALLENGE_TTL or challenge.attempts >= MAX_ATTEMPTS:
            form.add_error("code", "Code expired, request a new one.")
            return render(request, self.template_name, {"cert": cert, "form": form})
        if challenge.code == form.cleaned_data["code"]:
            challenge.consumed = True
            challenge.save(update_fields=["consumed"])
            cert.sign(request.user)
            return redirect("qa:certificate-detail", cert_id=cert.pk)
        challenge.attempts += 1
        challenge.save(update_fields=["attempts"])
        form.add_error("code", "Incorrect code.")
        return render(request, self.template_name, {"cert": cert, "form": form})
