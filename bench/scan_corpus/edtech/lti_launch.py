"""LTI 1.3 resource-link launch handling for the assignment tool."""
import hmac

import jwt
from flask import Blueprint, abort, redirect, request, session, url_for

from .registry import PlatformRegistry
from .users import upsert_lti_user

bp = Blueprint("lti", __name__, url_prefix="/lti")
registry = PlatformRegistry.from_env()

LTI_CLAIM = "https://purl.imsglobal.org/spec/lti/claim/"
RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest"


def _matches_session(key: str, value: str | None) -> bool:
    expected = session.pop(key, None)
    return bool(expected and value) and hmac.compare_digest(expected, value)


@bp.post("/launch")
def launch():
    if not _matches_session("lti_state", request.form.get("state")):
        abort(400, "state mismatch")

    id_token = request.form.get("id_token")
    if not id_token:
        abort(400, "missing id_token")

    claims = jwt.decode(id_token, options={"verify_signature": False})
    platform = registry.get(claims.get("iss"), claims.get("aud"))
    if platform is None:
        abort(403, "unknown platform")
    if not _matches_session("lti_nonce", claims.get("nonce")):
        abort(400, "nonce mismatch")
    if claims.get(LTI_CLAIM + "message_type") != RESOURCE_LINK_REQUEST:
        abort(400, "unsupported message type")

    user = upsert_lti_user(
        platform,
        subject=claims["sub"],
        email=claims.get("email"),
        roles=claims.get(LTI_CLAIM + "roles", []),
    )
    session["user_id"] = user.id
    session["context_id"] = claims.get(LTI_CLAIM + "context", {}).get("id")
    session["resource_link_id"] = claims.get(LTI_CLAIM + "resource_link", {}).get("id")
    return redirect(url_for("assignments.index"))
