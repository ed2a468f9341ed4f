"""Accessible-screening subtitle downloads for the customer app."""
import logging
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest
from django.views.decorators.http import require_GET

from films.models import Film

logger = logging.getLogger(__name__)

SUBTITLE_ROOT = (Path(settings.MEDIA_ROOT) / "subtitles").resolve()
LANGUAGES = {"en", "en-sdh", "cy", "pl", "es"}


def _subtitle_path(film: Film, lang: str) -> Path:
    candidate = (SUBTITLE_ROOT / film.slug / f"{film.slug}.{lang}.srt").resolve()
    if not candidate.is_relative_to(SUBTITLE_ROOT):
        raise Http404("subtitle track not available")
    return candidate


@require_GET
def download_subtitles(request: HttpRequest, film_id: int):
    film = Film.objects.filter(pk=film_id, accessible_screenings=True).first()
    if film is None:
        raise Http404("film not found")
    lang = request.GET.get("lang", "en")
    if lang not in LANGUAGES:
        raise Http404("subtitle track not available")
    path = _subtitle_path(film, lang)
    if not path.is_file():
        raise Http404("subtitle track not available")
    logger.info("subtitle download film=%s lang=%s", film.pk, lang)
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
