"""Inbound applications pushed by partner job boards."""

import logging

import jsonpickle
from flask import Blueprint, abort, jsonify, request

from .ingest import enqueue_application
from .models import Application

log = logging.getLogger(__name__)

bp = Blueprint("job_board_webhook", __name__)

SUPPORTED_BOARDS = {"stackjobs", "greenfield", "workfair"}
MAX_BODY = 512 * 1024


@bp.post("/webhooks/job-boards/<board>/applications")
def receive_application(board: str):
    if board not in SUPPORTED_BOARDS:
        abort(404)
    if (request.content_length or 0) > MAX_BODY:
        abort(413)
    raw = request.get_data(as_text=True)
    application = jsonpickle.decode(raw)
    if not isinstance(application, Application):
        log.warning("board %s sent unexpected payload type %s", board, type(application).__name__)
        abort(400)
    application.source = board
    enqueue_application(application)
    return jsonify(status="queued", reference=application.external_id), 202
