"""Invitation links that let a co-signer finish the indemnity agreement online.

The agent enters the indemnitor's e-mail on the bond file; we e-mail them a
link that opens the agreement pre-filled with the defendant's bond details.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone as dj_timezone


@dataclass
class InviteSpec:
    bond_id: int
    email: str
    role: str = "indemnitor"
    token: str = field(default_factory=lambda: uuid.uuid1().hex)
    expires_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + timedelta(days=7)
    )


class IndemnitorInvite(models.Model):
    bond = models.ForeignKey("bonds.Bond", on_delete=models.CASCADE, related_name="invites")
    email = models.EmailField()
    role = models.CharField(max_length=32)
    token = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "indemnity"


def issue_invite(bond_id: int, email: str) -> IndemnitorInvite:
    spec = InviteSpec(bond_id=bond_id, email=email)
    invite = IndemnitorInvite.objects.create(
        bond_id=spec.bond_id,
        email=spec.email,
        role=spec.role,
        token=spec.token,
        expires_at=spec.expires_at,
    )
    link = settings.PORTAL_BASE_URL + reverse("indemnity:accept", args=[invite.token])
    send_mail(
        subject="Please review your indemnity agreement",
        message=f"You have been listed as a co-signer. Review and sign here: {link}",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[email],
    )
    return invite


def accept_invite(request, token: str):
    invite = get_object_or_404(IndemnitorInvite, token=token, accepted_at__isnull=True)
    if invite.expires_at < dj_timezone.now():
        raise Http404("invite expired")
    request.session["indemnity_invite_id"] = invite.id
    return JsonResponse({
        "bond_id": invite.bond_id,
        "email": invite.email,
        "role": invite.role,
    })
