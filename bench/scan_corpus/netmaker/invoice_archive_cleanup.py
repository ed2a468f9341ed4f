"""Housekeeping of generated invoice PDFs.

When an invoice is credited and reissued, the accounts office removes the
superseded PDF from the archive from the admin tools page.
"""
import logging
from pathlib import Path

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from netmaker.invoicing.models import ArchiveEvent

log = logging.getLogger(__name__)

ARCHIVE_ROOT = Path(settings.INVOICE_ARCHIVE_DIR)


def archive_path(year: str, document: str) -> Path:
    return ARCHIVE_ROOT / year / document


@staff_member_required
@require_POST
def remove_superseded(request):
    year = request.POST.get("year", "")
    document = request.POST.get("document", "")
    if not year.isdigit() or not document:
        return HttpResponseBadRequest("year and document are required")
    path = archive_path(year, document)
    if not path.exists():
        return JsonResponse({"removed": False, "reason": "not found"}, status=404)
    path.unlink()
    ArchiveEvent.objects.create(user=request.user, action="remove", document=f"{year}/{document}")
    log.info("removed archived invoice %s/%s by %s", year, document, request.user.username)
    return JsonResponse({"removed": True})


@staff_member_required
def list_archive(request, year: str):
    if not year.isdigit():
        return HttpResponseBadRequest("bad year")
    folder = ARCHIVE_ROOT / year
    documents = sorted(p.name for p in folder.glob("*.pdf")) if folder.is_dir() else []
    return JsonResponse({"year": year, "documents": documents})
