"""Django views used by the front desk to look up a member by the card they tap."""
from __future__ import annotations

from django.contrib.auth.decorators import login_required, permission_required
from django.db import connection
from django.http import Http404, HttpRequest, JsonResponse
from django.views.decorators.http import require_GET


def _dictfetchall(cursor) -> list[dict]:
    columns = [col[0] for col in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


@require_GET
@login_required
@permission_required("members.view_member", raise_exception=True)
def lookup_by_card(request: HttpRequest) -> JsonResponse:
    card = request.GET.get("card", "").strip()
    if not card:
        raise Http404("no card number given")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT m.id, m.callsign, m.first_name, m.membership_tier, c.card_number, c.active "
            "FROM members_member m JOIN members_card c ON c.member_id = m.id "
            "WHERE c.card_number = '" + card + "'"
        )
        rows = _dictfetchall(cursor)
    if not rows:
        raise Http404("card not found")
    member = rows[0]
    return JsonResponse(
        {
            "member_id": member["id"],
            "callsign": member["callsign"],
            "first_name": member["first_name"],
            "tier": member["membership_tier"],
            "card_active": bool(member["active"]),
        }
    )


@require_GET
@login_required
def recent_visits(request: HttpRequest, member_id: int) -> JsonResponse:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT v.visited_at, v.games_played, v.arena_code "
            "FROM members_visit v WHERE v.member_id = %s "
            "ORDER BY v.visited_at DESC LIMIT 20",
            [member_id],
        )
        visits = _dictfetchall(cursor)
    return JsonResponse(
        {
            "member_id": member_id,
            "visits": [
                {"at": v["visited_at"].isoformat(), "games": v["games_played"],
                 "arena": v["arena_code"]}
                for v in visits
            ],
        }
    )
