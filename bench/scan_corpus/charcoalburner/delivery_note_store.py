"""Housekeeping views for archived delivery notes (signed haulier PDFs).

Office staff can list the archive and remove duplicate scans.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET, require_POST


class DeliveryNoteStore:
    def __init__(self, root: str) -> None:
        self.root = Path(root).resolve()

    def _resolve(self, note_name: str) -> Path:
        candidate = (self.root / note_name).resolve()
        if not candidate.is_relative_to(self.root) or candidate.parent != self.root:
            raise PermissionError(note_name)
        return candidate

    def listing(self) -> list[dict]:
        return [
            {
                "name": p.name,
                "bytes": p.stat().st_size,
                "filed": datetime.fromtimestamp(p.stat().st_mtime).isoformat(),
            }
            for p in sorted(self.root.glob("*.pdf"))
            if p.is_file()
        ]

    def remove(self, note_name: str) -> bool:
        path = self._resolve(note_name)
        if not path.is_file():
            return False
        path.unlink()
        return True


def _store() -> DeliveryNoteStore:
    return DeliveryNoteStore(settings.DELIVERY_NOTE_ARCHIVE)


@require_GET
@permission_required("deliveries.view_deliverynote")
def list_notes(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"notes": _store().listing()})


@require_POST
@permission_required("deliveries.delete_deliverynote")
def delete_note(request: HttpRequest) -> JsonResponse:
    note_name = request.POST.get("note", "")
    if not note_name.endswith(".pdf"):
        return JsonResponse({"error": "not a delivery note"}, status=400)
    try:
        removed = _store().remove(note_name)
    except PermissionError:
        return JsonResponse({"error": "invalid note name"}, status=400)
    if not removed:
        return JsonResponse({"error": "no such note"}, status=404)
    return JsonResponse({"deleted": note_name})
