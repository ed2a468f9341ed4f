"""Producers upload a YAML file describing a podcast show and its episodes.

Example:
    title: Morning Briefing
    author: Newsroom Audio
    explicit: false
    episodes:
      - title: "Ep 1"
        audio_key: audio/briefing/ep1.mp3
"""
import yaml
from django.contrib.auth.decorators import permission_required
from django.db import transaction
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Episode, Show

MAX_UPLOAD_BYTES = 512 * 1024
REQUIRED_FIELDS = ("title", "author", "episodes")


class ShowConfigError(ValueError):
    pass


def parse_show_config(raw: bytes) -> dict:
    if len(raw) > MAX_UPLOAD_BYTES:
        raise ShowConfigError("config file too large")
    data = yaml.load(raw, Loader=yaml.Loader)
    if not isinstance(data, dict):
        raise ShowConfigError("top level must be a mapping")
    missing = [f for f in REQUIRED_FIELDS if f not in data]
    if missing:
        raise ShowConfigError(f"missing fields: {', '.join(missing)}")
    return data


@require_POST
@permission_required("podcasts.add_show")
def import_show(request):
    upload = request.FILES.get("config")
    if upload is None:
        return JsonResponse({"error": "no file"}, status=400)
    try:
        config = parse_show_config(upload.read())
    except (ShowConfigError, yaml.YAMLError) as exc:
        return JsonResponse({"error": str(exc)}, status=400)

    with transaction.atomic():
        show = Show.objects.create(
            title=config["title"], author=config["author"], explicit=bool(config.get("explicit"))
        )
        for position, ep in enumerate(config["episodes"], start=1):
            Episode.objects.create(show=show, position=position, title=ep["title"], audio_key=ep["audio_key"])
    return JsonResponse({"show_id": show.id, "episodes": len(config["episodes"])}, status=201)
