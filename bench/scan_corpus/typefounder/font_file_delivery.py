"""Deliver trial font files to registered visitors."""

from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse

from catalog.models import Family, TrialDownload

TRIAL_ROOT = Path(settings.TRIAL_FONT_ROOT).resolve()


def trial_path(family: Family, filename: str) -> Path:
    family_dir = (TRIAL_ROOT / family.slug).resolve()
    candidate = (family_dir / filename).resolve()
    if not candidate.is_relative_to(family_dir):
        raise Http404("No such trial file")
    return candidate


@login_required
def trial_font(request, family_slug: str, filename: str):
    try:
        family = Family.objects.get(slug=family_slug, published=True, trials_enabled=True)
    except Family.DoesNotExist:
        raise Http404("Unknown family")
    path = trial_path(family, filename)
    if not path.is_file():
        raise Http404("No such trial file")
    TrialDownload.objects.create(family=family, user=request.user, filename=path.name)
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)


@login_required
def trial_index(request, family_slug: str):
    try:
        family = Family.objects.get(slug=family_slug, published=True, trials_enabled=True)
    except Family.DoesNotExist:
        raise Http404("Unknown family")
    family_dir = TRIAL_ROOT / family.slug
    files = sorted(p.name for p in family_dir.glob("*.otf"))
    return JsonResponse({"family": family.name, "files": files})
