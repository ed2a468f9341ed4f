"""Serve attachments of published harbour master notices to registered port users."""

from __future__ import annotations

import mimetypes

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import SuspiciousFileOperation
from django.db import models
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils._os import safe_join
from django.views.decorators.http import require_GET


class NoticeAttachment(models.Model):
    notice = models.ForeignKey("notices.HarbourNotice", on_delete=models.CASCADE,
                               related_name="attachments")
    title = models.CharField(max_length=200)
    relative_path = models.CharField(max_length=255)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "notices"

    def absolute_path(self) -> str:
        return safe_join(settings.NOTICE_ATTACHMENT_ROOT, self.relative_path)


@require_GET
@login_required
def download_attachment(request, notice_id: int, attachment_id: int) -> FileResponse:
    attachment = get_object_or_404(
        NoticeAttachment.objects.select_related("notice"),
        pk=attachment_id,
        notice_id=notice_id,
        notice__published=True,
    )
    try:
        path = attachment.absolute_path()
    except SuspiciousFileOperation:
        raise Http404("attachment unavailable")
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        raise Http404("attachment unavailable")
    content_type, _ = mimetypes.guess_type(path)
    return FileResponse(handle, as_attachment=True, filename=attachment.title,
                        content_type=content_type or "application/octet-stream")
