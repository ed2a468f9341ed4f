"""Housekeeping for archived carrier labels in the dispatch office.

Each consignment's thermal label is archived so it can be reprinted; clerks
remove superseded labels after a consignment has been re-booked with a
different service.
"""
import json
import logging
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import JsonResponse
from django.views.decorators.http import require_GET, require_POST

from ropewalk.dispatch.models import Consignment

log = logging.getLogger(__name__)


def consignment_dir(consignment: Consignment) -> Path:
    return Path(settings.LABEL_ARCHIVE_DIR) / consignment.consignment_no


@require_GET
@permission_required("dispatch.view_consignment")
def list_labels(request, pk: int):
    consignment = Consignment.objects.get(pk=pk)
    folder = consignment_dir(consignment)
    names = sorted(p.name for p in folder.glob("*")) if folder.is_dir() else []
    return JsonResponse({"consignment": consignment.consignment_no, "labels": names})


@require_POST
@permission_required("dispatch.change_consignment")
def purge_labels(request, pk: int):
    consignment = Consignment.objects.get(pk=pk)
    payload = json.loads(request.body or b"{}")
    removed = []
    for name in payload.get("labels", []):
        target = consignment_dir(consignment) / name
        if target.is_file():
            target.unlink()
            removed.append(name)
    log.info("Removed %d superseded labels for %s", len(removed), consignment.consignment_no)
    return JsonResponse({"removed": removed})
