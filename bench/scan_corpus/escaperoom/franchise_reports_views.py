"""Franchisee portal: download generated monthly statements."""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404, render

from franchise.models import Franchise


def _statement_root(franchise: Franchise) -> Path:
    return Path(settings.STATEMENT_ROOT) / franchise.code


@login_required
def statement_index(request: HttpRequest):
    franchise = get_object_or_404(Franchise, owners=request.user)
    root = _statement_root(franchise)
    files = sorted(p.name for p in root.glob("*.pdf")) if root.exists() else []
    return render(request, "franchise/statements.html", {"files": files, "franchise": franchise})


@login_required
def statement_download(request: HttpRequest):
    franchise = get_object_or_404(Franchise, owners=request.user)
    name = request.GET.get("name", "")
    path = _statement_root(franchise) / name
    if not path.is_file():
        raise Http404("statement not found")
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
