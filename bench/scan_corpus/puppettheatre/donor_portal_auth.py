"""FastAPI dependency that authenticates donor portal requests."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI(title="Donor portal")
bearer = HTTPBearer()


@dataclass(frozen=True)
class TokenSettings:
    audience: str = "donor-portal"
    issuer: str = "https://auth.puppettheatre.example"
    algorithms: tuple[str, ...] = ("RS256",)
    leeway_seconds: int = 30

    @property
    def public_key(self) -> str:
        with open(os.environ["DONOR_JWT_PUBLIC_KEY_FILE"], encoding="utf-8") as handle:
            return handle.read()


class DonorTokenVerifier:
    def __init__(self, settings: TokenSettings) -> None:
        self.settings = settings
        self._key = settings.public_key

    def claims(self, token: str) -> dict[str, Any]:
        return jwt.decode(
            token,
            self._key,
            algorithms=list(self.settings.algorithms),
            audience=self.settings.audience,
            issuer=self.settings.issuer,
            leeway=self.settings.leeway_seconds,
            options={"require": ["exp", "sub", "aud", "iss"]},
        )


verifier = DonorTokenVerifier(TokenSettings())


def current_donor(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> int:
    try:
        return int(verifier.claims(creds.credentials)["sub"])
    except (jwt.PyJWTError, ValueError) as exc:
        raise HTTPException(status_code=401, detail="Invalid token") from exc


@app.get("/me/pledges")
def my_pledges(donor_id: int = Depends(current_donor)) -> dict[str, Any]:
    return {"donor_id": donor_id, "pledges": []}
