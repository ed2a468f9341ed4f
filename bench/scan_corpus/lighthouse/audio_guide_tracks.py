"""Django views streaming the self-guided audio tour for each lighthouse."""
from __future__ import annotations

import mimetypes
import os

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

SUPPORTED_LANGUAGES = ("en", "cy", "fr", "de")


def _guide_root() -> str:
    return getattr(settings, "AUDIO_GUIDE_ROOT", "/srv/lighthouse/audio")


def _track_path(lighthouse: str, lang: str, track: str) -> str:
    return os.path.normpath(os.path.join(_guide_root(), lighthouse, lang, track))


@require_GET
def track_list(request: HttpRequest, lighthouse: str) -> JsonResponse:
    lang = request.GET.get("lang", "en")
    if lang not in SUPPORTED_LANGUAGES:
        raise Http404("language not available")
    folder = os.path.join(_guide_root(), lighthouse, lang)
    if not os.path.isdir(folder):
        raise Http404("no audio guide for this lighthouse")
    tracks = sorted(n for n in os.listdir(folder) if n.endswith((".mp3", ".m4a")))
    return JsonResponse({"lighthouse": lighthouse, "lang": lang, "tracks": tracks})


@require_GET
def stream_track(request: HttpRequest, lighthouse: str) -> FileResponse:
    lang = request.GET.get("lang", "en")
    track = request.GET.get("track", "")
    if lang not in SUPPORTED_LANGUAGES or not track:
        raise Http404("track not found")
    path = _track_path(lighthouse, lang, track)
    if not os.path.isfile(path):
        raise Http404("track not found")
    content_type = mimetypes.guess_type(path)[0] or "audio/mpeg"
    response = FileResponse(open(path, "rb"), content_type=content_type)
    response["Cache-Control"] = "public, max-age=86400"
    return response
