"""Removal of superseded provenance attachments.

When a supplier re-issues a declaration for a lot of antler or horn, staff
delete the old scan from the lot's attachment folder.
"""
import logging
import os

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from hornworker.provenance.models import Lot, LotAttachment

log = logging.getLogger(__name__)


class AttachmentStore:
    def __init__(self, root: str | None = None):
        self.root = root or settings.PROVENANCE_ATTACHMENT_ROOT

    def lot_dir(self, lot: Lot) -> str:
        return os.path.join(self.root, lot.code)

    def remove(self, lot: Lot, filename: str) -> bool:
        target = os.path.join(self.lot_dir(lot), filename)
        if not os.path.exists(target):
            return False
        os.remove(target)
        return True


store = AttachmentStore()


@require_POST
@permission_required("provenance.change_lot")
def delete_attachment(request, lot_code: str):
    lot = Lot.objects.get(code=lot_code)
    filename = request.POST["filename"]
    removed = store.remove(lot, filename)
    LotAttachment.objects.filter(lot=lot, filename=filename).delete()
    log.info("attachment %s on lot %s removed=%s by %s", filename, lot.code, removed, request.user)
    return JsonResponse({"removed": removed})
