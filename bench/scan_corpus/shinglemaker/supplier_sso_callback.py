"""OIDC callback for suppliers signing in to the portal with their corporate identity provider."""

import hmac

import jwt
import requests
from flask import Blueprint, abort, current_app, redirect, request, session, url_for

bp = Blueprint("supplier_sso", __name__, url_prefix="/supplier/sso")

_jwks_clients: dict[str, jwt.PyJWKClient] = {}


def _jwks_for(issuer: str) -> jwt.PyJWKClient:
    if issuer not in _jwks_clients:
        _jwks_clients[issuer] = jwt.PyJWKClient(f"{issuer}/.well-known/jwks.json")
    return _jwks_clients[issuer]


def validate_id_token(id_token: str, issuer: str, client_id: str, nonce: str) -> dict:
    header = jwt.get_unverified_header(id_token)
    if header.get("alg") not in ("RS256", "ES256"):
        abort(401)
    signing_key = _jwks_for(issuer).get_signing_key_from_jwt(id_token)
    claims = jwt.decode(
        id_token,
        signing_key.key,
        algorithms=[header["alg"]],
        audience=client_id,
        issuer=issuer,
    )
    if not nonce or not hmac.compare_digest(str(claims.get("nonce", "")), nonce):
        abort(401)
    return claims


@bp.get("/callback")
def callback():
    expected_state = session.pop("sso_state", "")
    if not expected_state or not hmac.compare_digest(request.args.get("state", ""), expected_state):
        abort(400)
    idp = current_app.config["SUPPLIER_IDP"]
    token_resp = requests.post(
        idp["token_url"],
        data={
            "grant_type": "authorization_code",
            "code": request.args["code"],
            "redirect_uri": url_for("supplier_sso.callback", _external=True),
            "client_id": idp["client_id"],
            "client_secret": idp["client_secret"],
        },
        timeout=10,
    )
    token_resp.raise_for_status()
    claims = validate_id_token(
        token_resp.json()["id_token"], idp["issuer"], idp["client_id"], session.pop("sso_nonce", "")
    )
    session["supplier_contact"] = claims["email"]
    return redirect(url_for("supplier_portal.dashboard"))
