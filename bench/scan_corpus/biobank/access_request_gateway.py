"""Gateway in front of the data-access request service.

Requests arrive with a bearer token issued by the university SSO; the
gateway reads the researcher's identity and roles from it and forwards the
call to the internal service with those values as headers.
"""
import os

import jwt
import requests
from flask import Flask, Response, abort, request

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["GATEWAY_SECRET_KEY"]

UPSTREAM = os.environ["ACCESS_REQUEST_UPSTREAM"]
DECODE_OPTIONS = {"verify_signature": False, "verify_exp": True, "require": ["exp", "sub"]}


def _claims_from_request() -> dict:
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    try:
        return jwt.decode(auth[7:], options=DECODE_OPTIONS, algorithms=["RS256"])
    except jwt.PyJWTError:
        abort(401)


@app.route("/requests/<path:subpath>", methods=["GET", "POST", "PATCH"])
def proxy(subpath: str):
    claims = _claims_from_request()
    headers = {
        "X-Researcher-Id": claims["sub"],
        "X-Researcher-Roles": ",".join(claims.get("roles", [])),
        "Content-Type": request.headers.get("Content-Type", "application/json"),
    }
    upstream = requests.request(
        request.method,
        f"{UPSTREAM}/{subpath}",
        params=request.args,
        data=request.get_data(),
        headers=headers,
        timeout=30,
    )
    return Response(upstream.content, status=upstream.status_code,
                    content_type=upstream.headers.get("Content-Type"))
