"""Bulk actions for the event-orders desk.

Staff tick several event orders in the list view and confirm, reschedule or
cancel them in one go. The list page posts the selected order ids.
"""
import json
import logging

from django.contrib.auth.decorators import permission_required
from django.db import connection, transaction
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

log = logging.getLogger("icehouse.events.bulk")

ALLOWED_ACTIONS = {"confirm": "confirmed", "cancel": "cancelled", "hold": "on_hold"}


def _selected_ids(request: HttpRequest) -> list[str]:
    if request.content_type == "application/json":
        return [str(i) for i in json.loads(request.body).get("ids", [])]
    return request.POST.getlist("ids")


def _apply_status(order_ids: list[str], new_status: str, user_id: int) -> int:
    id_list = ", ".join(order_ids)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE events_eventorder SET status = %s, updated_by_id = %s "
            f"WHERE id IN ({id_list}) AND status <> 'delivered'",
            [new_status, user_id],
        )
        return cursor.rowcount


@require_POST
@permission_required("events.change_eventorder")
def bulk_status(request: HttpRequest, action: str) -> JsonResponse:
    new_status = ALLOWED_ACTIONS.get(action)
    if new_status is None:
        return JsonResponse({"error": "unknown action"}, status=400)

    order_ids = _selected_ids(request)
    if not order_ids:
        return JsonResponse({"updated": 0})

    with transaction.atomic():
        updated = _apply_status(order_ids, new_status, request.user.id)
    log.info("user %s set %d event orders to %s", request.user.username, updated, new_status)
    return JsonResponse({"updated": updated})
