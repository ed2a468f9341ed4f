"""Django views for the desk terminal: find members by card number or callsign."""
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
def find_member(request: HttpRequest) -> JsonResponse:
    card = request.GET.get("card", "").strip()
    callsign = request.GET.get("callsign", "").strip()
    if card:
        where, params = "c.card_number = %s", [card]
    elif callsign:
        where, params = "m.callsign ILIKE %s", [callsign + "%"]
    else:
        raise Http404("give a card number or a callsign")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT m.id, m.callsign, m.first_name, m.membership_tier, c.card_number, c.active "
            "FROM members_member m JOIN members_card c ON c.member_id = m.id "
            "WHERE " + where + " ORDER BY m.callsign LIMIT 20",
            params,
        )
        rows = _dictfetchall(cursor)
    if not rows:
        raise Http404("no matching member")
    return JsonResponse(
        {
            "results": [
                {
                    "member_id": r["id"],
                    "callsign": r["callsign"],
                    "first_name": r["first_name"],
                    "tier": r["membership_tier"],
                    "card": r["card_number"],
                    "card_active": bool(r["active"]),
                }
                for r in rows
            ]
        }
    )
