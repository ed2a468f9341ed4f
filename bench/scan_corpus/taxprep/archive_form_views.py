"""Serves archived copies of filed returns (PDF) to the preparer who owns them."""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404

from returns.models import TaxReturn


def _archive_root() -> Path:
    return Path(settings.RETURN_ARCHIVE_ROOT).resolve()


def resolve_archive_file(tax_year: int, relative: str) -> Path:
    root = (_archive_root() / str(tax_year)).resolve()
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        raise Http404("No such archive file")
    return candidate


@login_required
def archived_return(request, return_id: int):
    tax_return = TaxReturn.objects.filter(pk=return_id).first()
    if tax_return is None:
        raise Http404
    if tax_return.preparer_id != request.user.id:
        raise PermissionDenied

    name = request.GET.get("file", f"{tax_return.pk}.pdf")
    path = resolve_archive_file(tax_return.tax_year, name)
    if not path.is_file():
        raise Http404("No such archive file")
    return FileResponse(path.open("rb"), content_type="application/pdf", filename=path.name)
