"""REST endpoints the desktop observing tool uses to submit observing blocks."""
import jsonpickle
from flask import Blueprint, g, jsonify, request

from portal.auth import login_required
from scheduler.blocks import ObservingBlock
from scheduler.queue import submit_block, withdraw_block

api = Blueprint("scheduler_api", __name__, url_prefix="/api/scheduler")

MAX_BODY_BYTES = 256 * 1024


@api.post("/blocks")
@login_required
def create_block():
    if (request.content_length or 0) > MAX_BODY_BYTES:
        return jsonify(error="observing block too large"), 413

    block = jsonpickle.decode(request.get_data(as_text=True))
    if not isinstance(block, ObservingBlock):
        return jsonify(error="expected an ObservingBlock"), 400
    if block.proposal_id not in g.user.proposal_ids:
        return jsonify(error="not a member of this proposal"), 403

    problems = block.validate()
    if problems:
        return jsonify(error="invalid block", details=problems), 422

    block_id = submit_block(block, submitted_by=g.user.username)
    return jsonify(id=block_id, status="queued"), 201


@api.delete("/blocks/<int:block_id>")
@login_required
def delete_block(block_id: int):
    if not withdraw_block(block_id, requested_by=g.user.username):
        return jsonify(error="no such block"), 404
    return "", 204
