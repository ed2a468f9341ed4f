"""Bulk club entries: running clubs upload an XML file listing their members."""
import datetime as dt

from defusedxml import ElementTree as DET
from django.contrib.auth.decorators import permission_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from registration.services import create_pending_entry

MAX_UPLOAD = 2 * 1024 * 1024


def parse_entries(data: bytes) -> list[dict]:
    root = DET.fromstring(data)
    entries = []
    for member in root.iter("member"):
        entries.append(
            {
                "first_name": (member.findtext("firstName") or "").strip(),
                "last_name": (member.findtext("lastName") or "").strip(),
                "email": (member.findtext("email") or "").strip().lower(),
                "birth_date": dt.date.fromisoformat(member.findtext("dob")),
                "predicted_finish": member.findtext("predicted", "").strip() or None,
            }
        )
    return entries


@require_POST
@permission_required("registration.add_clubentry")
def upload_club_entries(request, club_id: int):
    upload = request.FILES.get("entries")
    if upload is None or upload.size > MAX_UPLOAD:
        return JsonResponse({"error": "missing or oversized file"}, status=400)
    try:
        entries = parse_entries(upload.read())
    except (DET.ParseError, ValueError, TypeError) as exc:
        return JsonResponse({"error": f"could not parse entries: {exc}"}, status=422)
    created = [create_pending_entry(club_id=club_id, **e) for e in entries]
    return JsonResponse({"club_id": club_id, "created": len(created)})
