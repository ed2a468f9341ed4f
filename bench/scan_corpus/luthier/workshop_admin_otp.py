"""Second factor for the workshop admin area.

Owners and the shop manager enrol an authenticator app. After the
password step they are sent to this view and must type the current
six-digit code. One step of clock drift either way is tolerated.
"""
from datetime import datetime, timezone

import pyotp
from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

DRIFT_STEPS = 1


class OtpForm(forms.Form):
    code = forms.CharField(min_length=6, max_length=6)


def code_matches(secret: str, submitted: str, at: datetime = None, window: int = DRIFT_STEPS) -> bool:
    totp = pyotp.TOTP(secret)
    when = at or datetime.now(timezone.utc)
    candidates = [totp.at(when, counter_offset=offset) for offset in range(-window, window + 1)]
    return submitted in candidates


@login_required
def verify_otp(request):
    device = getattr(request.user, "otp_device", None)
    if device is None or not device.confirmed:
        return redirect("workshop:otp_enrol")

    form = OtpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if code_matches(device.secret, form.cleaned_data["code"]):
            request.session["otp_verified"] = True
            request.session.cycle_key()
            return redirect("workshop:dashboard")
        device.failed_attempts += 1
        device.save(update_fields=["failed_attempts"])
        form.add_error("code", "That code is not valid.")
    return render(request, "workshop/otp_verify.html", {"form": form})
