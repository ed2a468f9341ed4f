"""Django views serving chart extracts and PDFs attached to harbour master notices."""

from __future__ import annotations

import mimetypes
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from .models import HarbourNotice


class NoticeAttachmentStore:
    def __init__(self, root: str | None = None) -> None:
        self.root = root or settings.NOTICE_ATTACHMENT_ROOT

    def folder_for(self, notice: HarbourNotice) -> str:
        return os.path.join(self.root, str(notice.year), notice.number)

    def names(self, notice: HarbourNotice) -> list[str]:
        folder = self.folder_for(notice)
        return sorted(os.listdir(folder)) if os.path.isdir(folder) else []

    def open(self, notice: HarbourNotice, filename: str):
        full = os.path.join(self.folder_for(notice), filename)
        if not os.path.exists(full):
            raise FileNotFoundError(filename)
        return open(full, "rb")


store = NoticeAttachmentStore()


@require_GET
@login_required
def attachment_index(request: HttpRequest, notice_id: int) -> JsonResponse:
    notice = get_object_or_404(HarbourNotice, pk=notice_id, published=True)
    return JsonResponse({"notice": notice.number, "attachments": store.names(notice)})


@require_GET
@login_required
def attachment_download(request: HttpRequest, notice_id: int) -> FileResponse:
    notice = get_object_or_404(HarbourNotice, pk=notice_id, published=True)
    filename = request.GET.get("file", "")
    try:
        handle = store.open(notice, filename)
    except FileNotFoundError:
        raise Http404("no such attachment")
    content_type, _ = mimetypes.guess_type(filename)
    return FileResponse(handle, content_type=content_type or "application/octet-stream",
                        as_attachment=True, filename=os.path.basename(filename))
