"""Housekeeping for scanned landowner agreement documents.

Signed agreements, maps and variation letters are scanned into the archive
per holding. Admin staff can withdraw superseded scans, for example when a
landowner signs a revised boundary map.
"""

import json
from pathlib import Path

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from agreements.models import AgreementScan

ARCHIVE_ROOT = Path(settings.AGREEMENT_ARCHIVE_ROOT)


def holding_dir(holding_ref: int) -> Path:
    return ARCHIVE_ROOT / "holdings" / str(holding_ref)


@staff_member_required
@require_POST
def withdraw_scans(request, holding_ref: int):
    try:
        payload = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest("Expected JSON body")
    documents = payload.get("documents", [])
    if not isinstance(documents, list):
        return HttpResponseBadRequest("documents must be a list")
    removed = []
    for doc_name in documents:
        target = holding_dir(holding_ref) / doc_name
        if target.is_file():
            target.unlink()
            removed.append(doc_name)
    AgreementScan.objects.filter(holding_ref=holding_ref, file_name__in=removed).update(
        withdrawn=True, withdrawn_by=request.user.username
    )
    return JsonResponse({"holding": holding_ref, "removed": removed})
