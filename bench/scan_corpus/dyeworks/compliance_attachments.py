"""Attachments (lab certificates, sampling photos) on effluent compliance cases.

Uploaded files are stored under a generated name; the database keeps the
mapping from attachment id to stored path and original file name.
"""
import mimetypes
import uuid
from pathlib import Path

from django.conf import settings
from django.db import models
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

STORE = Path(getattr(settings, "COMPLIANCE_ATTACHMENT_ROOT", "/srv/compliance/attachments"))


class ComplianceCase(models.Model):
    reference = models.CharField(max_length=40, unique=True)
    site = models.CharField(max_length=60)

    class Meta:
        app_label = "compliance"


class Attachment(models.Model):
    case = models.ForeignKey(ComplianceCase, on_delete=models.CASCADE, related_name="attachments")
    original_name = models.CharField(max_length=255)
    stored_name = models.CharField(max_length=64, editable=False)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "compliance"


def save_attachment(case: ComplianceCase, upload) -> Attachment:
    suffix = Path(upload.name).suffix.lower()[:10]
    stored = f"{uuid.uuid4().hex}{suffix}"
    STORE.mkdir(parents=True, exist_ok=True)
    with open(STORE / stored, "wb") as fh:
        for chunk in upload.chunks():
            fh.write(chunk)
    return Attachment.objects.create(case=case, original_name=upload.name, stored_name=stored)


def download_attachment(request, case_ref: str, attachment_id: int):
    att = get_object_or_404(Attachment, pk=attachment_id, case__reference=case_ref)
    path = STORE / att.stored_name
    if not path.exists():
        raise Http404("attachment file missing")
    content_type = mimetypes.guess_type(att.original_name)[0] or "application/octet-stream"
    return FileResponse(
        open(path, "rb"),
        as_attachment=True,
        filename=att.original_name,
        content_type=content_type,
    )
