"""Authentication for partner reading apps calling the e-book lending API."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status


@dataclass
class PartnerCredentials:
    partner: str
    env_var: str
    scopes: frozenset[str] = field(default_factory=frozenset)

    @property
    def expected_key(self) -> str:
        value = os.environ.get(self.env_var)
        if not value:
            raise RuntimeError(f"{self.env_var} is not configured")
        return value


@lru_cache
def partner_table() -> dict[str, PartnerCredentials]:
    return {
        "libby-bridge": PartnerCredentials(
            "libby-bridge", "PARTNER_KEY_LIBBY_BRIDGE", frozenset({"loans", "holds"})
        ),
        "county-app": PartnerCredentials(
            "county-app", "PARTNER_KEY_COUNTY_APP", frozenset({"loans"})
        ),
    }


def authenticate_partner(
    x_partner_id: str = Header(...),
    x_api_key: str = Header(...),
) -> PartnerCredentials:
    creds = partner_table().get(x_partner_id)
    if creds is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown partner")
    if x_api_key != creds.expected_key:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid API key")
    return creds


def require_scope(scope: str):
    def checker(creds: PartnerCredentials = Depends(authenticate_partner)):
        if scope not in creds.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return creds
    return checker


app = FastAPI(title="Mobile Library e-book lending API")


@app.get("/v1/loans/{card_number}")
def list_loans(card_number: str, creds: PartnerCredentials = Depends(require_scope("loans"))):
    from .lending import active_ebook_loans
    return {"partner": creds.partner, "loans": active_ebook_loans(card_number)}


@app.post("/v1/holds/{card_number}/{title_id}")
def place_hold(card_number: str, title_id: str,
               creds: PartnerCredentials = Depends(require_scope("holds"))):
    from .lending import place_ebook_hold
    hold = place_ebook_hold(card_number, title_id, via=creds.partner)
    return {"hold_id": hold.id, "position": hold.queue_position}
