"""Second step of trade portal login: a one-time code emailed to the buyer."""

import secrets
from datetime import datetime, timedelta, timezone

from django.contrib.auth import login
from django.core.mail import send_mail
from django.db import models
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

OTP_TTL = timedelta(minutes=10)


class LoginCode(models.Model):
    user = models.OneToOneField("auth.User", on_delete=models.CASCADE)
    code = models.CharField(max_length=8)
    expires_at = models.DateTimeField()
    attempts = models.PositiveSmallIntegerField(default=0)

    class Meta:
        app_label = "trade"


def send_login_code(user) -> None:
    code = f"{secrets.randbelow(10**6):06d}"
    LoginCode.objects.update_or_create(
        user=user,
        defaults={"code": code, "expires_at": datetime.now(timezone.utc) + OTP_TTL, "attempts": 0},
    )
    send_mail(
        "Your Broomworks trade login code",
        f"Enter {code} to finish signing in. The code is valid for 10 minutes.",
        None,
        [user.email],
    )


@require_http_methods(["GET", "POST"])
def verify_code(request: HttpRequest) -> HttpResponse:
    user_id = request.session.get("pending_trade_user")
    if user_id is None:
        return redirect("trade:login")
    if request.method == "GET":
        return render(request, "trade/verify_code.html")

    entry = LoginCode.objects.select_related("user").filter(user_id=user_id).first()
    if entry is None or entry.expires_at < datetime.now(timezone.utc) or entry.attempts >= 5:
        return HttpResponseForbidden("Code expired, please sign in again.")

    submitted = request.POST.get("code", "").strip()
    if entry.code == submitted:
        entry.delete()
        del request.session["pending_trade_user"]
        login(request, entry.user)
        return redirect("trade:dashboard")

    entry.attempts += 1
    entry.save(update_fields=["attempts"])
    return render(request, "trade/verify_code.html", {"error": "That code is not right."})
