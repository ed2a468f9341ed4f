"""Token checks for the operator mobile app API.

The identity provider issues ES256 access tokens; the signing key is picked
from the provider's JWKS by the ``kid`` in the token header.
"""
import os
from dataclasses import dataclass

import jwt
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)

ISSUER = os.environ["OPERATOR_IDP_ISSUER"]
AUDIENCE = os.environ.get("OPERATOR_API_AUDIENCE", "cranehire-operator-app")
_jwks = jwt.PyJWKClient(os.environ["OPERATOR_IDP_JWKS_URL"], cache_keys=True)


@dataclass
class OperatorIdentity:
    operator_id: int
    depot: str


def verify_token(token: str) -> OperatorIdentity:
    header = jwt.get_unverified_header(token)
    if header.get("alg") != "ES256":
        raise jwt.InvalidAlgorithmError("unexpected algorithm")
    signing_key = _jwks.get_signing_key_from_jwt(token)
    claims = jwt.decode(token, signing_key.key, algorithms=["ES256"], audience=AUDIENCE, issuer=ISSUER)
    return OperatorIdentity(operator_id=int(claims["operator_id"]), depot=claims["depot"])


@app.before_request
def authenticate():
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    try:
        g.operator = verify_token(auth[len("Bearer "):])
    except (jwt.PyJWTError, KeyError, ValueError):
        abort(401)


@app.get("/api/my-lifts")
def my_lifts():
    from cranehire.lifts import lifts_for_operator

    return jsonify(lifts_for_operator(g.operator.operator_id))


@app.post("/api/pre-use-checks")
def pre_use_check():
    body = request.get_json(force=True)
    from cranehire.checks import record_check

    check_id = record_check(g.operator.operator_id, body["crane_id"], body["items"])
    return jsonify({"id": check_id}), 201
