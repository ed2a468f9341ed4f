"""Work-order sync for the crew tablets: accept status updates, return the refreshed queue."""
from datetime import datetime

import jsonpickle
from flask import Blueprint, Response, g, request
from pydantic import BaseModel, Field, ValidationError

from .auth import require_crew_token
from .work_orders import apply_status_update, open_orders_for_crew

bp = Blueprint("work_order_sync", __name__, url_prefix="/api/v2")


class StatusUpdate(BaseModel):
    work_order_id: int
    status: str = Field(pattern=r"^(en_route|on_site|completed|needs_followup)$")
    note: str = Field(default="", max_length=2000)
    at: datetime


class SyncRequest(BaseModel):
    updates: list[StatusUpdate] = Field(default_factory=list, max_length=500)


@bp.post("/work-orders/sync")
@require_crew_token
def sync_work_orders():
    try:
        payload = SyncRequest.model_validate_json(request.get_data())
    except ValidationError as exc:
        return Response(exc.json(), status=422, mimetype="application/json")

    for update in payload.updates:
        apply_status_update(g.crew.id, update.work_order_id, update.status, update.note, update.at)

    queue = open_orders_for_crew(g.crew.id)
    # plain JSON for the tablet; no py/object type tags in the output
    body = jsonpickle.encode({"orders": queue}, unpicklable=False)
    return Response(body, mimetype="application/json")
