"""Download view for documents attached to district events."""

from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404

from events.models import EventDocument


@login_required
def download_document(request, event_id, document_id):
    doc = get_object_or_404(
        EventDocument,
        pk=document_id,
        event_id=event_id,
        event__sections__in=request.user.member_sections(),
    )
    return FileResponse(
        doc.file.open("rb"),
        as_attachment=True,
        filename=doc.display_name or doc.file.name.rsplit("/", 1)[-1],
        content_type=doc.content_type or "application/octet-stream",
    )
