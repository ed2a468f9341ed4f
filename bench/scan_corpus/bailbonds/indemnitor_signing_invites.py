"""E-signature invitations for indemnitors on a new bond.

Every co-signer gets a single-use link to sign the indemnity agreement and
the premium financing note from their phone.
"""
from __future__ import annotations

import secrets
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
class SigningInvite:
    bond_id: int
    email: str
    documents: tuple[str, ...] = ("indemnity_agreement", "premium_note")
    invite_id: uuid.UUID = field(default_factory=uuid.uuid4)
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    expires_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + timedelta(days=5)
    )


class SigningInviteRecord(models.Model):
    id = models.UUIDField(primary_key=True)
    bond = models.ForeignKey("bonds.Bond", on_delete=models.CASCADE)
    email = models.EmailField()
    documents = models.JSONField()
    token = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "esign"


def send_signing_invite(bond_id: int, email: str) -> SigningInviteRecord:
    invite = SigningInvite(bond_id=bond_id, email=email)
    record = SigningInviteRecord.objects.create(
        id=invite.invite_id,
        bond_id=invite.bond_id,
        email=invite.email,
        documents=list(invite.documents),
        token=invite.token,
        expires_at=invite.expires_at,
    )
    url = settings.PORTAL_BASE_URL + reverse("esign:open", args=[record.token])
    send_mail(
        "Documents ready for your signature",
        f"Please review and sign your bond documents within 5 days: {url}",
        settings.DEFAULT_FROM_EMAIL,
        [email],
    )
    return record


def open_invite(request, token: str):
    record = get_object_or_404(SigningInviteRecord, token=token, used_at__isnull=True)
    if record.expires_at < dj_timezone.now():
        raise Http404("link expired")
    request.session["esign_invite"] = str(record.id)
    return JsonResponse({"bond_id": record.bond_id, "documents": record.documents})
