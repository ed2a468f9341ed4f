"""Save and restore draft engineer rotas from the dispatcher planning board."""
import datetime as dt

import jsonpickle
from flask import Blueprint, abort, g, jsonify, request

from .auth import dispatcher_required
from .planning import DraftRota, RotaStore

bp = Blueprint("rota_drafts", __name__, url_prefix="/planning/drafts")
store = RotaStore()


@bp.post("/")
@dispatcher_required
def save_draft():
    draft = DraftRota.from_board(request.get_json(force=True), owner=g.user.id)
    draft_id = store.save(draft)
    # the board keeps the full object graph client-side so an unsaved
    # tab can be restored after a browser crash
    return jsonify({"id": draft_id, "snapshot": jsonpickle.encode(draft)})


@bp.post("/restore")
@dispatcher_required
def restore_draft():
    draft = jsonpickle.decode(request.get_data(as_text=True))
    if not isinstance(draft, DraftRota):
        abort(400)
    draft.owner = g.user.id
    draft.restored_at = dt.datetime.now(dt.timezone.utc)
    draft_id = store.save(draft)
    return jsonify({"id": draft_id, "shifts": len(draft.shifts)})


@bp.get("/<draft_id>")
@dispatcher_required
def get_draft(draft_id: str):
    draft = store.load(draft_id)
    if draft is None or draft.owner != g.user.id:
        abort(404)
    return jsonify(draft.to_board())
