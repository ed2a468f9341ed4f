"""Device authentication for the field survey app API.

Each rugged tablet used by survey crews is enrolled with a device id and a
device token. The tablet sends both with every sync request so the API can
tell which crew and site the uploaded depth probes belong to.
"""

import hmac

from flask import Blueprint, abort, g, request
from sqlalchemy import select
from sqlalchemy.orm import Session

from peatcutter.db import engine
from peatcutter.models import SurveyDevice

bp = Blueprint("survey_api", __name__, url_prefix="/api/survey")


def _credentials_from(req) -> tuple[str, str]:
    device_id = req.headers.get("X-Device-Id", "")
    scheme, _, token = req.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer":
        return device_id, ""
    return device_id, token.strip()


def _load_device(device_id: str) -> SurveyDevice | None:
    with Session(engine) as db:
        return db.scalars(
            select(SurveyDevice).where(SurveyDevice.device_id == device_id, SurveyDevice.retired.is_(False))
        ).first()


@bp.before_request
def authenticate_device():
    device_id, token = _credentials_from(request)
    if not device_id or not token:
        abort(401)
    device = _load_device(device_id)
    if device is None or not hmac.compare_digest(device.token.encode(), token.encode()):
        abort(401)
    g.device = device


@bp.get("/assignments")
def assignments():
    device = g.device
    return {
        "crew": device.crew_code,
        "sites": [s.site_code for s in device.assigned_sites],
        "protocol_version": device.protocol_version,
    }
