"""Sign-in for hospital staff through the regional NHS identity broker.

The broker redirects back with an ID token; we map the ``org_code`` claim to
a hospital and the ``roles`` claim to portal permissions.
"""
import logging
from dataclasses import dataclass

import jwt
from flask import Blueprint, abort, current_app, redirect, request, session, url_for

from bloodbank.models import Hospital

bp = Blueprint("hospital_sso", __name__, url_prefix="/sso")
log = logging.getLogger(__name__)

PORTAL_ROLES = {"bb_scientist": "order", "bb_manager": "approve", "ward_viewer": "view"}


@dataclass
class StaffIdentity:
    subject: str
    email: str
    hospital_id: int
    permissions: list[str]


def identity_from_token(id_token: str) -> StaffIdentity:
    claims = jwt.decode(id_token, options={"verify_signature": False}, algorithms=["RS256"])
    hospital = Hospital.query.filter_by(org_code=claims["org_code"]).first()
    if hospital is None:
        raise PermissionError(f"unknown organisation {claims['org_code']}")
    perms = sorted({PORTAL_ROLES[r] for r in claims.get("roles", []) if r in PORTAL_ROLES})
    return StaffIdentity(claims["sub"], claims.get("email", ""), hospital.id, perms)


@bp.post("/callback")
def callback():
    id_token = request.form.get("id_token")
    if not id_token:
        abort(400)
    try:
        ident = identity_from_token(id_token)
    except (jwt.PyJWTError, PermissionError) as exc:
        log.warning("hospital sign-in refused: %s", exc)
        abort(403)
    session.clear()
    session["staff_sub"] = ident.subject
    session["hospital_id"] = ident.hospital_id
    session["permissions"] = ident.permissions
    return redirect(url_for(current_app.config.get("PORTAL_HOME", "orders.index")))
