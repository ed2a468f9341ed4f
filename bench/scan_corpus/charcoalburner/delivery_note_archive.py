"""Housekeeping views for archived delivery notes.

Signed delivery notes come back from hauliers as PDFs and are filed in the
archive folder.  Office staff can list them and delete duplicates.
"""
from __future__ import annotations

import os
from datetime import datetime

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET, require_POST


class DeliveryNoteArchive:
    def __init__(self, root: str) -> None:
        self.root = root

    def listing(self) -> list[dict]:
        notes = []
        for name in sorted(os.listdir(self.root)):
            path = os.path.join(self.root, name)
            if os.path.isfile(path) and name.endswith(".pdf"):
                notes.append(
                    {
                        "name": name,
                        "bytes": os.path.getsize(path),
                        "filed": datetime.fromtimestamp(os.path.getmtime(path)).isoformat(),
                    }
                )
        return notes

    def remove(self, note_name: str) -> bool:
        path = os.path.join(self.root, note_name)
        if not os.path.isfile(path):
            return False
        os.remove(path)
        return True


def _archive() -> DeliveryNoteArchive:
    return DeliveryNoteArchive(settings.DELIVERY_NOTE_ARCHIVE)


@require_GET
@permission_required("deliveries.view_deliverynote")
def list_notes(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"notes": _archive().listing()})


@require_POST
@permission_required("deliveries.delete_deliverynote")
def delete_note(request: HttpRequest) -> JsonResponse:
    note_name = request.POST.get("note", "")
    if not note_name.endswith(".pdf"):
        return JsonResponse({"error": "not a delivery note"}, status=400)
    if not _archive().remove(note_name):
        return JsonResponse({"error": "no such note"}, status=404)
    return JsonResponse({"deleted": note_name})
