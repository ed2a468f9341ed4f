"""Authorise offline-sync uploads from field tablets using per-device sync tokens."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from flask import Blueprint, abort, g, jsonify, request
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import engine
from .models import TabletDevice

bp = Blueprint("tablet_sync", __name__, url_prefix="/api/sync")


@dataclass
class DeviceAuth:
    device_id: str
    crew_code: str


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def authorise_device(device_id: str, token: str) -> DeviceAuth | None:
    with Session(engine) as db:
        device = db.scalars(select(TabletDevice).where(TabletDevice.device_id == device_id)).first()
    if device is None or device.retired:
        return None
    if not secrets.compare_digest(_token_digest(token), device.sync_token_sha256):
        return None
    return DeviceAuth(device.device_id, device.crew_code)


@bp.before_request
def _require_device() -> None:
    auth = authorise_device(request.headers.get("X-Device-Id", ""), request.headers.get("X-Sync-Token", ""))
    if auth is None:
        abort(401)
    g.device = auth


@bp.post("/work-orders")
def upload_work_orders():
    batch = request.get_json(force=True, silent=True) or {}
    items = batch.get("work_orders", [])
    mismatched = [wo.get("id") for wo in items if wo.get("crew") != g.device.crew_code]
    if mismatched:
        return jsonify({"rejected": mismatched}), 409
    return jsonify({"device": g.device.device_id, "accepted": len(items)}), 202
