"""Views for kit lists, risk assessments and joining instructions attached to events."""

import mimetypes
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render

from events.models import Event


@login_required
def event_documents(request, event_id):
    event = get_object_or_404(Event, pk=event_id, sections__in=request.user.member_sections())
    return render(request, "events/documents.html", {"event": event, "documents": event.documents.all()})


@login_required
def download_event_document(request, event_id):
    event = get_object_or_404(Event, pk=event_id, sections__in=request.user.member_sections())
    doc_name = request.GET.get("doc")
    if not doc_name:
        return HttpResponseBadRequest("Missing document name")

    full_path = os.path.join(settings.EVENT_DOCS_ROOT, str(event.pk), doc_name)
    if not os.path.exists(full_path):
        raise Http404("No such document")

    content_type, _ = mimetypes.guess_type(full_path)
    return FileResponse(
        open(full_path, "rb"),
        content_type=content_type or "application/octet-stream",
        as_attachment=True,
        filename=os.path.basename(full_path),
    )
