"""Authenticate event callbacks from the hosted CRM.

The CRM sends a bearer JWT with every callback; the ``org`` claim tells
us which branch's data the event belongs to.
"""

import jwt
from fastapi import Depends, Header, HTTPException

from crm.branches import Branch, branch_by_org_id

EXPECTED_ISSUER = "crm-events"


def _claims_from(authorization: str) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.DecodeError:
        raise HTTPException(status_code=401, detail="malformed token")
    if claims.get("iss") != EXPECTED_ISSUER:
        raise HTTPException(status_code=401, detail="unexpected issuer")
    return claims


def current_branch(authorization: str = Header(...)) -> Branch:
    claims = _claims_from(authorization)
    branch = branch_by_org_id(claims.get("org"))
    if branch is None:
        raise HTTPException(status_code=403, detail="unknown organisation")
    return branch


def require_scope(scope: str):
    def checker(authorization: str = Header(...)) -> dict:
        claims = _claims_from(authorization)
        if scope not in claims.get("scope", "").split():
            raise HTTPException(status_code=403, detail="insufficient scope")
        return claims

    return Depends(checker)
