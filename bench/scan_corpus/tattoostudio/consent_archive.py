"""Views for retrieving signed consent and medical forms."""
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required, permission_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from studios.models import Studio


def _form_path(studio: Studio, form_name: str) -> str:
    return os.path.join(settings.CONSENT_ARCHIVE_ROOT, studio.slug, "signed", form_name)


@login_required
@permission_required("consent.view_signedform", raise_exception=True)
def download_signed_form(request, studio_slug: str):
    studio = get_object_or_404(Studio, slug=studio_slug, staff=request.user)
    form_name = request.GET.get("form", "")
    if not form_name.endswith(".pdf"):
        raise Http404("unknown form")
    path = _form_path(studio, form_name)
    if not os.path.exists(path):
        raise Http404("unknown form")
    return FileResponse(open(path, "rb"), content_type="application/pdf",
                        as_attachment=True, filename=os.path.basename(path))
