"""Admin API for the SSO application catalogue.

The reverse proxy in front of this service already completes the OIDC flow,
so handlers only need the claims from the forwarded id_token.
"""
import os

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

from sso_admin.catalogue import disable_app, list_apps

ADMIN_GROUP = os.environ.get("SSO_ADMIN_GROUP", "it-sso-admins")

app = FastAPI(title="sso-admin")


def current_claims(authorization: str = Header(...)) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    try:
        return jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="malformed token") from exc


def require_admin(claims: dict = Depends(current_claims)) -> dict:
    if ADMIN_GROUP not in claims.get("groups", []):
        raise HTTPException(status_code=403, detail="not an SSO administrator")
    return claims


@app.get("/admin/apps")
def get_apps(claims: dict = Depends(require_admin)):
    return {"apps": list_apps()}


@app.post("/admin/apps/{app_id}/disable")
def post_disable(app_id: str, claims: dict = Depends(require_admin)):
    disable_app(app_id, actor=claims.get("preferred_username", claims.get("sub")))
    return {"app_id": app_id, "status": "disabled"}
