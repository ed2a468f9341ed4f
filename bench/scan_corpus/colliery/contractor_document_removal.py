"""Removal of documents uploaded by contractor firms.

Contractors upload insurance certificates, risk assessments and method
statements. A firm's site representative can withdraw a document they
uploaded before it has been reviewed by the contracts office.
"""
import logging
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from contractors.models import ContractorDocument

log = logging.getLogger(__name__)


def _firm_directory(firm_id: int) -> str:
    return os.path.join(settings.CONTRACTOR_UPLOAD_ROOT, f"firm_{firm_id}")


def _withdraw(firm_id: int, filename: str) -> bool:
    target = os.path.join(_firm_directory(firm_id), filename)
    if not os.path.exists(target):
        return False
    os.remove(target)
    return True


@login_required
@require_POST
def withdraw_document(request: HttpRequest) -> JsonResponse:
    firm = request.user.contractor_profile.firm
    filename = request.POST.get("filename", "")
    if not filename:
        return JsonResponse({"error": "filename required"}, status=400)
    pending = ContractorDocument.objects.filter(
        firm=firm, original_name=filename, reviewed_at__isnull=True
    )
    removed = _withdraw(firm.id, filename)
    deleted_rows, _ = pending.delete()
    log.info("firm %s withdrew %s (file removed=%s, rows=%d)", firm.id, filename, removed, deleted_rows)
    return JsonResponse({"removed": removed, "records": deleted_rows})
