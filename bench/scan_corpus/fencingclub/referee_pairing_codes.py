"""Short-lived pairing codes linking referee tablets to piste scoring boxes."""
from __future__ import annotations

import hmac
import secrets
import string
import time
from dataclasses import dataclass, field
from typing import Optional

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("pairing", __name__, url_prefix="/pairing")

CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
CODE_LENGTH = 8
TTL_SECONDS = 120


def generate_code(length: int = CODE_LENGTH) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


@dataclass
class Pairing:
    piste: int
    code: str
    opened: float = field(default_factory=time.monotonic)
    tablet_id: Optional[str] = None

    @property
    def live(self) -> bool:
        return self.tablet_id is None and time.monotonic() - self.opened < TTL_SECONDS


_open: dict[int, Pairing] = {}


@bp.post("/pistes/<int:piste>")
def open_pairing(piste: int):
    pairing = Pairing(piste=piste, code=generate_code())
    _open[piste] = pairing
    return jsonify(piste=piste, display_code=pairing.code, ttl=TTL_SECONDS), 201


@bp.post("/pistes/<int:piste>/claim")
def claim(piste: int):
    body = request.get_json(force=True)
    pairing = _open.get(piste)
    if pairing is None or not pairing.live:
        abort(404)
    supplied = str(body.get("code", "")).strip().upper()
    if not hmac.compare_digest(supplied, pairing.code):
        abort(403)
    pairing.tablet_id = str(body.get("tablet_id", ""))[:64]
    _open.pop(piste, None)
    return jsonify(piste=piste, tablet_id=pairing.tablet_id, status="paired")
