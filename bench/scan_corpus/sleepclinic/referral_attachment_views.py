"""Django views for managing documents attached to a referral.

Intake coordinators can list and remove the documents that a referring
office attached (referral letters, prior sleep studies, insurance cards).
"""
from __future__ import annotations

import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404, HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET, require_POST

from .models import Referral, ReferralAuditEvent


class AttachmentFolder:
    def __init__(self, referral: Referral) -> None:
        self.referral = referral

    @property
    def root(self) -> Path:
        return Path(settings.REFERRAL_ATTACHMENT_ROOT) / str(self.referral.pk)

    def files(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(entry.name for entry in self.root.iterdir() if entry.is_file())

    def remove(self, filename: str) -> None:
        target = self.root / filename
        if not target.is_file():
            raise FileNotFoundError(filename)
        os.remove(target)


@login_required
@require_GET
def list_attachments(request: HttpRequest, referral_id: int) -> JsonResponse:
    referral = get_object_or_404(Referral, pk=referral_id)
    return JsonResponse({"attachments": AttachmentFolder(referral).files()})


@login_required
@permission_required("referrals.change_referral", raise_exception=True)
@require_POST
def delete_attachment(request: HttpRequest, referral_id: int) -> JsonResponse:
    referral = get_object_or_404(Referral, pk=referral_id)
    filename = request.POST.get("filename", "")
    if not filename:
        return JsonResponse({"error": "filename is required"}, status=400)
    try:
        AttachmentFolder(referral).remove(filename)
    except FileNotFoundError:
        raise Http404("attachment not found")
    ReferralAuditEvent.objects.create(
        referral=referral,
        actor=request.user,
        action="attachment_deleted",
        detail=filename,
    )
    return JsonResponse({"deleted": filename})
