"""Second-step access codes before a welfare officer can open a junior safeguarding record."""
from __future__ import annotations

import secrets
from datetime import timedelta

from django.contrib.auth.decorators import login_required, permission_required
from django.core.mail import send_mail
from django.db import models
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

CODE_TTL = timedelta(minutes=10)


class SafeguardingRecord(models.Model):
    junior_name = models.CharField(max_length=120)
    age_group = models.CharField(max_length=8)
    summary = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)


class RecordAccessGrant(models.Model):
    record = models.ForeignKey(SafeguardingRecord, on_delete=models.CASCADE)
    officer = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    code = models.CharField(max_length=8)
    expires_at = models.DateTimeField()
    used = models.BooleanField(default=False)

    def is_valid_code(self, submitted: str) -> bool:
        if self.used or timezone.now() > self.expires_at:
            return False
        return submitted.strip() == self.code


@login_required
@permission_required("safeguarding.view_safeguardingrecord", raise_exception=True)
def request_access(request: HttpRequest, record_id: int) -> HttpResponse:
    record = get_object_or_404(SafeguardingRecord, pk=record_id)
    grant = RecordAccessGrant.objects.create(
        record=record,
        officer=request.user,
        code=f"{secrets.randbelow(10**8):08d}",
        expires_at=timezone.now() + CODE_TTL,
    )
    send_mail(
        "Safeguarding record access code",
        f"Your access code is {grant.code}. It expires in 10 minutes.",
        None,
        [request.user.email],
    )
    return render(request, "safeguarding/enter_code.html", {"grant_id": grant.pk})


@login_required
@permission_required("safeguarding.view_safeguardingrecord", raise_exception=True)
def confirm_access(request: HttpRequest, grant_id: int) -> HttpResponse:
    grant = get_object_or_404(RecordAccessGrant, pk=grant_id, officer=request.user)
    if request.method != "POST":
        return render(request, "safeguarding/enter_code.html", {"grant_id": grant.pk})
    if not grant.is_valid_code(request.POST.get("code", "")):
        return HttpResponseForbidden("Code not recognised or expired")
    grant.used = True
    grant.save(update_fields=["used"])
    request.session["safeguarding_record_ok"] = grant.record_id
    return redirect("safeguarding:record_detail", record_id=grant.record_id)
