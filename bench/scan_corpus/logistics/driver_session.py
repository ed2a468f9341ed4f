"""Bearer-token authentication for the driver app API.

Tokens are RS256 JWTs from the identity provider; the signing key is picked
from the provider's JWKS by the ``kid`` header.
"""
import os
from typing import Optional

import jwt
from fastapi import Header, HTTPException, status
from pydantic import BaseModel

ISSUER = os.environ["DRIVER_IDP_ISSUER"]
AUDIENCE = os.environ.get("DRIVER_API_AUDIENCE", "driver-api")
_jwks = jwt.PyJWKClient(os.environ["DRIVER_IDP_JWKS_URL"], cache_keys=True, lifespan=900)


class DriverContext(BaseModel):
    driver_id: str
    depot_id: str
    vehicle_id: Optional[str] = None


def _unauthorised(detail: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail, {"WWW-Authenticate": "Bearer"})


def current_driver(authorization: str = Header(...)) -> DriverContext:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise _unauthorised("missing bearer token")
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") != "RS256" or "kid" not in header:
            raise _unauthorised("unexpected token header")
        signing_key = _jwks.get_signing_key(header["kid"])
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise _unauthorised("invalid token") from exc
    return DriverContext(driver_id=claims["sub"], depot_id=claims["depot"], vehicle_id=claims.get("veh"))
