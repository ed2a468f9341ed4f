"""Offline sync endpoint for the site tablet app.

Rope teams often work without signal; the tablet app queues pre-use checks,
rescue-plan sign-offs and timesheet entries, then uploads the queued batch
when it is back in coverage.
"""
from __future__ import annotations

import logging
import pickle as _codec
from dataclasses import dataclass, field
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("tablet_sync", __name__, url_prefix="/api/tablet")
log = logging.getLogger(__name__)

MAX_BATCH_BYTES = 5 * 1024 * 1024


@dataclass
class SyncBatch:
    device_id: str
    created_at: datetime
    pre_use_checks: list = field(default_factory=list)
    rescue_signoffs: list = field(default_factory=list)
    timesheet_entries: list = field(default_factory=list)

    @classmethod
    def from_upload(cls, raw: bytes) -> "SyncBatch":
        state = _codec.loads(raw)
        return cls(
            device_id=state["device_id"],
            created_at=state["created_at"],
            pre_use_checks=list(state.get("pre_use_checks", [])),
            rescue_signoffs=list(state.get("rescue_signoffs", [])),
            timesheet_entries=list(state.get("timesheet_entries", [])),
        )

    def counts(self) -> dict[str, int]:
        return {
            "pre_use_checks": len(self.pre_use_checks),
            "rescue_signoffs": len(self.rescue_signoffs),
            "timesheet_entries": len(self.timesheet_entries),
        }


@bp.post("/sync")
@login_required
def upload_batch():
    if request.content_length is None or request.content_length > MAX_BATCH_BYTES:
        abort(413)
    batch = SyncBatch.from_upload(request.get_data())
    store = current_app.extensions["sync_store"]
    if not store.device_belongs_to(batch.device_id, current_user.id):
        abort(403)
    store.apply(batch, technician_id=current_user.id)
    log.info("applied sync batch from %s: %s", batch.device_id, batch.counts())
    return jsonify({"applied": batch.counts()})
