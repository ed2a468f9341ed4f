"""LTI 1.3 launch endpoint: validates the id_token posted by the LMS platform."""
import hmac
import os

import jwt
from flask import Blueprint, abort, render_template, request, session
from jwt import PyJWKClient

bp = Blueprint("lti", __name__)

PLATFORM_ISSUER = os.environ["LTI_PLATFORM_ISSUER"]
TOOL_CLIENT_ID = os.environ["LTI_CLIENT_ID"]
LTI_CLAIM = "https://purl.imsglobal.org/spec/lti/claim/"

_jwks = PyJWKClient(os.environ["LTI_PLATFORM_JWKS_URL"], cache_keys=True)


def _validate(id_token: str) -> dict:
    header = jwt.get_unverified_header(id_token)
    if header.get("alg") != "RS256" or "kid" not in header:
        raise jwt.InvalidTokenError("unexpected token header")
    signing_key = _jwks.get_signing_key(header["kid"])
    return jwt.decode(
        id_token,
        signing_key.key,
        algorithms=["RS256"],
        audience=TOOL_CLIENT_ID,
        issuer=PLATFORM_ISSUER,
        options={"require": ["exp", "iat", "nonce", "sub"]},
    )


@bp.post("/lti/launch")
def launch():
    id_token = request.form.get("id_token")
    if not id_token:
        abort(400)
    try:
        claims = _validate(id_token)
    except jwt.PyJWTError:
        abort(401)

    expected_nonce = session.pop("lti_nonce", None)
    if expected_nonce is None or not hmac.compare_digest(claims["nonce"], expected_nonce):
        abort(401)

    session["lti_sub"] = claims["sub"]
    resource = claims.get(LTI_CLAIM + "resource_link", {})
    context = claims.get(LTI_CLAIM + "context", {})
    return render_template(
        "lti/launch.html",
        resource_title=resource.get("title", ""),
        context_title=context.get("title", ""),
    )
