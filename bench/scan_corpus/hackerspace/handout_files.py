"""Workshop handout downloads.

Handouts are stored as MEDIA_ROOT/handouts/<workshop-slug>/<doc>.pdf; the
URL carries only the document slug.
"""
import re
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponseForbidden
from django.shortcuts import get_object_or_404

from workshops.models import Signup, Workshop

DOC_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
HANDOUT_ROOT = Path(settings.MEDIA_ROOT) / "handouts"


def handout_path(workshop: Workshop, doc: str) -> Path:
    if not DOC_SLUG.fullmatch(doc):
        raise Http404("Handout not found")
    path = HANDOUT_ROOT / workshop.slug / f"{doc}.pdf"
    if not path.is_file():
        raise Http404("Handout not found")
    return path


@login_required
def download_handout(request, slug, doc="handout"):
    workshop = get_object_or_404(Workshop, slug=slug)
    if not Signup.objects.filter(workshop=workshop, member=request.user).exists():
        return HttpResponseForbidden("Sign up for the workshop to get the handouts")
    path = handout_path(workshop, doc)
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
