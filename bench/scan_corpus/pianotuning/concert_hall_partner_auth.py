"""Authentication of partner concert halls calling the tuning-request API."""
import hashlib
import secrets
from dataclasses import dataclass
from functools import wraps

from flask import Blueprint, g, jsonify, request
from sqlalchemy import select

from .db import session_scope
from .models import ConcertHall

bp = Blueprint("partner_api", __name__, url_prefix="/api/partners")


def _fingerprint(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


@dataclass
class PartnerKey:
    hall_id: int
    key_sha256: str

    @property
    def presented(self) -> str:
        return _fingerprint(request.headers.get("X-Hall-Key", ""))

    def accepts_request(self) -> bool:
        return secrets.compare_digest(self.presented, self.key_sha256)


def _partner_key(hall_code: str) -> PartnerKey | None:
    with session_scope() as db:
        hall = db.scalars(select(ConcertHall).where(ConcertHall.code == hall_code)).first()
        if hall is None or not hall.active:
            return None
        return PartnerKey(hall_id=hall.id, key_sha256=hall.api_key_sha256)


def partner_required(view):
    @wraps(view)
    def wrapper(hall_code: str, *args, **kwargs):
        key = _partner_key(hall_code)
        if key is None or not key.accepts_request():
            return jsonify(error="unauthorized"), 401
        g.hall_id = key.hall_id
        return view(hall_code, *args, **kwargs)

    return wrapper


@bp.get("/<hall_code>/instruments")
@partner_required
def hall_instruments(hall_code: str):
    with session_scope() as db:
        hall = db.get(ConcertHall, g.hall_id)
        return jsonify(
            hall=hall.name,
            instruments=[
                {"serial": i.serial_number, "maker": i.maker, "last_tuned": str(i.last_tuned)}
                for i in hall.instruments
            ],
        )
