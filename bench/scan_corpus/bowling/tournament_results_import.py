"""Import tournament results posted by the national federation's scoring feed.

The federation sends an XML results file after each sanctioned tournament
held at one of our centres; we store the series for the league averages.
"""
from __future__ import annotations

from dataclasses import dataclass

from defusedxml import ElementTree as DET
from django.db import transaction
from django.http import HttpRequest, HttpResponseBadRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .auth import federation_signature_ok
from .models import TournamentSeries


@dataclass
class SeriesRow:
    federation_id: str
    name: str
    games: list[int]


def parse_results(payload: bytes) -> tuple[str, list[SeriesRow]]:
    root = DET.fromstring(payload)
    event_id = root.get("eventId", "")
    rows = []
    for bowler in root.iterfind("./Bowlers/Bowler"):
        games = [int(g.text or 0) for g in bowler.iterfind("Game")]
        rows.append(SeriesRow(bowler.get("federationId", ""), bowler.findtext("Name", ""), games))
    return event_id, rows


@csrf_exempt
@require_POST
def receive_results(request: HttpRequest):
    if not federation_signature_ok(request):
        return JsonResponse({"error": "unauthorised"}, status=401)
    try:
        event_id, rows = parse_results(request.body)
    except DET.ParseError:
        return HttpResponseBadRequest("malformed XML")
    with transaction.atomic():
        for row in rows:
            TournamentSeries.objects.update_or_create(
                event_id=event_id,
                federation_id=row.federation_id,
                defaults={"name": row.name, "games": row.games, "total": sum(row.games)},
            )
    return JsonResponse({"event": event_id, "bowlers": len(rows)})
