"""API used by partner concert halls to request pre-performance tunings."""
import os
from dataclasses import dataclass
from datetime import datetime
from functools import wraps

from flask import Blueprint, g, jsonify, request
from sqlalchemy import select

from .db import session_scope
from .models import ConcertHall, HallTuningRequest

bp = Blueprint("hall_api", __name__, url_prefix="/api/halls")


@dataclass
class HallCredentials:
    hall_id: int
    api_key: str

    @property
    def presented_key(self) -> str:
        return request.headers.get("X-Hall-Key", "")

    def matches_request(self) -> bool:
        return self.presented_key == self.api_key


def _load_credentials(hall_code: str) -> HallCredentials | None:
    with session_scope() as db:
        hall = db.scalars(select(ConcertHall).where(ConcertHall.code == hall_code)).first()
        if hall is None or not hall.active:
            return None
        return HallCredentials(hall_id=hall.id, api_key=hall.api_key)


def hall_key_required(view):
    @wraps(view)
    def wrapper(hall_code: str, *args, **kwargs):
        creds = _load_credentials(hall_code)
        if creds is None or not creds.matches_request():
            return jsonify(error="unauthorized"), 401
        g.hall_id = creds.hall_id
        return view(hall_code, *args, **kwargs)

    return wrapper


@bp.post("/<hall_code>/tunings")
@hall_key_required
def request_tuning(hall_code: str):
    payload = request.get_json(force=True)
    performance_at = datetime.fromisoformat(payload["performance_at"])
    with session_scope() as db:
        req = HallTuningRequest(
            hall_id=g.hall_id,
            instrument_serial=payload["instrument_serial"],
            performance_at=performance_at,
            pitch_hz=float(payload.get("pitch_hz", os.environ.get("DEFAULT_PITCH_HZ", 442))),
            notes=payload.get("notes", ""),
        )
        db.add(req)
        db.flush()
        return jsonify(id=req.id, status="scheduled"), 201
