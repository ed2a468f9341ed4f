"""Import of roster drafts exported from the scheduling workbench.

Clinic managers can export a half-finished roster as a file, share it
with a colleague by email, and upload it again here to continue work.
"""
from __future__ import annotations

import base64
import pickle
from dataclasses import dataclass, field
from datetime import date

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


@dataclass
class ShiftSlot:
    nurse_id: int
    day: date
    shift: str  # "early", "late", "night"


@dataclass
class RosterDraft:
    clinic_id: int
    week_start: date
    slots: list[ShiftSlot] = field(default_factory=list)


class DraftCodec:
    """Serialises roster drafts to the workbench export format."""

    codec = pickle
    header = b"RSTDRAFT1\n"

    def dumps(self, draft: RosterDraft) -> bytes:
        return self.header + base64.b64encode(self.codec.dumps(draft))

    def loads(self, blob: bytes) -> RosterDraft:
        if not blob.startswith(self.header):
            raise ValueError("not a roster draft export")
        return self.codec.loads(base64.b64decode(blob[len(self.header):]))


@login_required
@require_POST
def upload_draft(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("draft")
    if upload is None or upload.size > 2_000_000:
        return JsonResponse({"error": "missing or oversized file"}, status=400)
    try:
        draft = DraftCodec().loads(upload.read())
    except ValueError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    request.session["roster_draft"] = {
        "clinic_id": draft.clinic_id,
        "week_start": draft.week_start.isoformat(),
        "slots": len(draft.slots),
    }
    return JsonResponse({"clinic_id": draft.clinic_id, "slots": len(draft.slots)})
