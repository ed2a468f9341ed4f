"""Removal of captured landlord signatures on request.

Under the data retention policy a pub can ask for stored signature images to
be removed once the related invoices are settled. The account team submits
the list of signature files shown in the admin screen.
"""
import json
import logging
from pathlib import Path

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from deliveries.models import SignatureCapture

log = logging.getLogger(__name__)

SIGNATURE_ROOT = Path(settings.SIGNATURE_STORAGE_DIR)


def _purge_file(target: Path) -> bool:
    try:
        target.unlink()
    except FileNotFoundError:
        return False
    return True


@staff_member_required
@require_POST
def purge_signatures(request, account_ref: str):
    try:
        names = json.loads(request.body)["files"]
    except (ValueError, KeyError):
        return HttpResponseBadRequest("expected {\"files\": [...]}")
    removed, missing = [], []
    for name in names:
        target = SIGNATURE_ROOT / account_ref / name
        if _purge_file(target):
            removed.append(name)
        else:
            missing.append(name)
    SignatureCapture.objects.filter(account_ref=account_ref, filename__in=removed).update(
        purged=True, purged_by=request.user
    )
    log.info("purged %d signatures for %s by %s", len(removed), account_ref, request.user)
    return JsonResponse({"removed": removed, "missing": missing})
