"""Views for retrieving signed medical questionnaires."""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required, permission_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from studios.models import Studio


def _resolve_form(studio: Studio, form_name: str) -> Path:
    base = (Path(settings.CONSENT_ARCHIVE_ROOT) / studio.slug / "medical").resolve()
    candidate = (base / form_name).resolve()
    if not candidate.is_relative_to(base) or candidate.suffix != ".pdf":
        raise Http404("unknown form")
    if not candidate.is_file():
        raise Http404("unknown form")
    return candidate


@login_required
@permission_required("consent.view_medicalform", raise_exception=True)
def download_medical_form(request, studio_slug: str):
    studio = get_object_or_404(Studio, slug=studio_slug, staff=request.user)
    path = _resolve_form(studio, request.GET.get("form", ""))
    return FileResponse(path.open("rb"), content_type="application/pdf",
                        as_attachment=True, filename=path.name)
