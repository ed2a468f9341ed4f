"""Accessible-screening subtitle downloads for the customer app."""
import logging
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest
from django.views.decorators.http import require_GET

from films.models import Film

logger = logging.getLogger(__name__)

SUBTITLE_ROOT = Path(settings.MEDIA_ROOT) / "subtitles"


def _subtitle_path(film: Film, track: str) -> Path:
    return SUBTITLE_ROOT / film.slug / track


@require_GET
def download_subtitles(request: HttpRequest, film_id: int):
    film = Film.objects.filter(pk=film_id, accessible_screenings=True).first()
    if film is None:
        raise Http404("film not found")
    track = request.GET.get("track", f"{film.slug}.en.srt")
    path = _subtitle_path(film, track)
    if not path.is_file():
        raise Http404("subtitle track not available")
    logger.info("subtitle download film=%s track=%s", film.pk, track)
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
