"""Authentication dependency for the partner-facing marketplace API.

Partner shops send a static API key in ``X-Api-Key``.  The expected key
comes from the environment and is compared in constant time.
"""
from __future__ import annotations

import hmac
import os
from functools import cached_property

from fastapi import Depends, FastAPI, Header, HTTPException, status


class PartnerKeyCheck:
    def __init__(self, env_var: str = "PARTNER_API_KEY") -> None:
        self._env_var = env_var

    @cached_property
    def expected(self) -> bytes:
        value = os.environ.get(self._env_var)
        if not value:
            raise RuntimeError(f"{self._env_var} is not configured")
        return value.encode("utf-8")

    def matches(self, supplied: str | None) -> bool:
        if not supplied:
            return False
        return hmac.compare_digest(supplied.encode("utf-8"), self.expected)

    def __call__(self, x_api_key: str | None = Header(default=None)) -> None:
        if not self.matches(x_api_key):
            raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid API key")


require_partner = PartnerKeyCheck()
app = FastAPI(title="Smock & Stitch partner API")


@app.get("/partner/classes", dependencies=[Depends(require_partner)])
def upcoming_classes(limit: int = 20) -> dict:
    from .classes import upcoming

    return {"items": [c.as_dict() for c in upcoming(limit=min(limit, 100))]}


@app.get("/partner/patterns/{pattern_id}", dependencies=[Depends(require_partner)])
def pattern_detail(pattern_id: int) -> dict:
    from .catalogue import find_pattern

    pattern = find_pattern(pattern_id)
    if pattern is None:
        raise HTTPException(status_code=404, detail="unknown pattern")
    return pattern.as_dict()
