"""Download signed landowner agreements from the staff admin area."""
from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.db import models
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404


class AgreementFile(models.Model):
    """A scanned or e-signed agreement for a permissive route."""

    permission = models.ForeignKey("permissions.Permission", on_delete=models.CASCADE)
    storage_key = models.CharField(max_length=255)
    display_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100, default="application/pdf")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "permissions"
        ordering = ["-uploaded_at"]

    @property
    def path(self) -> Path:
        return Path(settings.AGREEMENTS_ROOT) / self.storage_key


@permission_required("permissions.view_agreementfile")
def download_agreement(request, agreement_id: int):
    agreement = get_object_or_404(
        AgreementFile.objects.select_related("permission"), pk=agreement_id
    )
    path = agreement.path
    if not path.is_file():
        raise Http404("Agreement file missing from storage")
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=agreement.display_name,
        content_type=agreement.content_type,
    )


@permission_required("permissions.view_agreementfile")
def latest_for_permission(request, permission_id: int):
    agreement = AgreementFile.objects.filter(permission_id=permission_id).first()
    if agreement is None:
        raise Http404("No agreement on file")
    return download_agreement(request, agreement.pk)
