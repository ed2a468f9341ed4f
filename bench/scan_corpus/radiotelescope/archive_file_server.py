"""Django view streaming archived observation products to authorised observers."""
from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponseForbidden

from archive.models import ProjectMembership


def _project_root(project_code: str) -> Path:
    return (Path(settings.RT_ARCHIVE_ROOT) / project_code.upper() / "products").resolve()


def resolve_product(project_code: str, relative: str) -> Path:
    root = _project_root(project_code)
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root) or not candidate.is_file():
        raise Http404("no such product")
    return candidate


@login_required
def download_product(request: HttpRequest, project_code: str):
    allowed = ProjectMembership.objects.filter(
        observer=request.user, project__code=project_code.upper()
    ).exists()
    if not allowed and not request.user.is_staff:
        return HttpResponseForbidden("not a member of this project")
    relative = request.GET.get("file", "")
    if not relative:
        raise Http404("no product requested")
    path = resolve_product(project_code, relative)
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)


@login_required
def product_index(request: HttpRequest, project_code: str):
    from django.http import JsonResponse

    root = _project_root(project_code)
    if not root.is_dir():
        raise Http404("unknown project")
    names = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    return JsonResponse({"project": project_code.upper(), "products": names})
