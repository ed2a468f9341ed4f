"""Serve workshop handouts (PDFs, slide decks) to members who signed up."""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponseForbidden
from django.shortcuts import get_object_or_404

from workshops.models import Signup, Workshop


class HandoutStore:
    def __init__(self, root=None):
        self.root = Path(root or settings.MEDIA_ROOT) / "handouts"

    def path_for(self, workshop: Workshop, filename: str) -> Path:
        return self.root / workshop.slug / filename

    def open(self, workshop: Workshop, filename: str):
        path = self.path_for(workshop, filename)
        if not path.is_file():
            raise Http404("Handout not found")
        return path.open("rb")


store = HandoutStore()


@login_required
def handout(request, slug):
    workshop = get_object_or_404(Workshop, slug=slug)
    if not Signup.objects.filter(workshop=workshop, member=request.user).exists():
        return HttpResponseForbidden("Sign up for the workshop to get the handouts")
    filename = request.GET.get("file", "handout.pdf")
    return FileResponse(store.open(workshop, filename), as_attachment=True, filename=Path(filename).name)
