"""Second factor for skippers signing off pre-departure safety checks.

Signing off the pre-departure checklist releases a vessel for passenger
service, so the wheelhouse app asks for a six-digit code from the
skipper's authenticator app in addition to the shift login.
"""
import os
from datetime import datetime, timezone

import pyotp
from flask import Blueprint, abort, g, jsonify, request
from sqlalchemy import create_engine, text

bp = Blueprint("skipper_2fa", __name__, url_prefix="/wheelhouse/2fa")
engine = create_engine(os.environ["WHEELHOUSE_DATABASE_URL"])
ISSUER = "Ferryman Wheelhouse"


def _totp_for(skipper_id: int) -> pyotp.TOTP | None:
    with engine.connect() as conn:
        seed = conn.execute(
            text("SELECT totp_seed FROM skippers WHERE id = :id AND totp_enrolled"),
            {"id": skipper_id},
        ).scalar()
    return pyotp.TOTP(seed) if seed else None


@bp.post("/enrol")
def enrol():
    seed = pyotp.random_base32()
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE skippers SET totp_seed = :seed, totp_enrolled = true WHERE id = :id"),
            {"seed": seed, "id": g.skipper_id},
        )
    uri = pyotp.TOTP(seed).provisioning_uri(name=g.skipper_badge, issuer_name=ISSUER)
    return jsonify({"otpauth_uri": uri})


@bp.post("/checklist/<int:checklist_id>/sign-off")
def sign_off(checklist_id: int):
    code = str((request.get_json(silent=True) or {}).get("code", "")).strip()
    totp = _totp_for(g.skipper_id)
    if totp is None:
        abort(409, "authenticator not enrolled")
    if not totp.verify(code, valid_window=1):
        abort(403)
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE safety_checklists SET signed_off_by = :sid, signed_off_at = :at "
                "WHERE id = :cid AND signed_off_at IS NULL"
            ),
            {"sid": g.skipper_id, "at": datetime.now(timezone.utc), "cid": checklist_id},
        )
    return jsonify({"checklist_id": checklist_id, "released": True})
