"""Read API for horse records with ETag support so van tablets can skip unchanged records."""
from __future__ import annotations

import hashlib
import json
from datetime import date

from flask import Blueprint, Response, abort, request
from flask_login import current_user, login_required

from .models import Horse

bp = Blueprint("horse_records", __name__, url_prefix="/api/horses")


def _serialise(horse: Horse) -> dict:
    return {
        "id": horse.id,
        "name": horse.name,
        "passport_number": horse.passport_number,
        "breed": horse.breed,
        "height_hands": float(horse.height_hands) if horse.height_hands else None,
        "shoe_sizes": {"front": horse.front_shoe_size, "hind": horse.hind_shoe_size},
        "shoeing_interval_weeks": horse.interval_weeks,
        "last_shod": horse.last_shod.isoformat() if horse.last_shod else None,
        "notes": horse.farrier_notes or "",
    }


def _etag_for(document: dict) -> str:
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return '"' + hashlib.sha256(canonical).hexdigest()[:32] + '"'


@bp.get("/<int:horse_id>")
@login_required
def get_horse(horse_id: int):
    horse = Horse.query.get_or_404(horse_id)
    if not current_user.can_view_horse(horse):
        abort(404)

    document = _serialise(horse)
    etag = _etag_for(document)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})

    resp = Response(json.dumps(document), mimetype="application/json")
    resp.headers["ETag"] = etag
    resp.headers["Cache-Control"] = "private, no-cache"
    return resp


@bp.get("/due")
@login_required
def horses_due():
    cutoff = date.fromisoformat(request.args.get("by", date.today().isoformat()))
    horses = [h for h in Horse.query.filter_by(active=True).all() if h.next_due and h.next_due <= cutoff]
    visible = [_serialise(h) for h in horses if current_user.can_view_horse(h)]
    return {"by": cutoff.isoformat(), "horses": visible}
