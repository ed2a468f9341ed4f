"""Django views serving episode transcripts and chapter files for the podcast site."""
import os

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from .models import Show

CONTENT_TYPES = {
    ".vtt": "text/vtt",
    ".srt": "application/x-subrip",
    ".json": "application/json",
    ".txt": "text/plain; charset=utf-8",
}


@require_GET
def transcript_file(request, show_slug):
    show = get_object_or_404(Show, slug=show_slug, published=True)
    name = request.GET.get("file")
    if not name:
        return HttpResponseBadRequest("file parameter required")
    ext = os.path.splitext(name)[1].lower()
    if ext not in CONTENT_TYPES:
        return HttpResponseBadRequest("unsupported transcript format")
    path = os.path.join(settings.TRANSCRIPT_ROOT, show.slug, name)
    if not os.path.isfile(path):
        raise Http404("transcript not found")
    response = FileResponse(open(path, "rb"), content_type=CONTENT_TYPES[ext])
    response["Cache-Control"] = "public, max-age=3600"
    return response
