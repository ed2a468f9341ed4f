"""API key authentication for partner law firms using the document-request API."""
import os
from dataclasses import dataclass
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status

app = FastAPI(title="Scrivener partner API")


@dataclass(frozen=True)
class PartnerKey:
    firm: str
    key: str
    scopes: frozenset[str]


@lru_cache(maxsize=1)
def partner_keys() -> tuple[PartnerKey, ...]:
    """Parse ``PARTNER_API_KEYS`` of the form ``firm|key|scope1+scope2;...``."""
    entries = []
    for item in os.environ.get("PARTNER_API_KEYS", "").split(";"):
        if item.count("|") != 2:
            continue
        firm, key, scopes = item.split("|")
        entries.append(PartnerKey(firm, key, frozenset(scopes.split("+"))))
    return tuple(entries)


async def current_partner(x_api_key: str = Header(...)) -> PartnerKey:
    match = next((p for p in partner_keys() if p.key == x_api_key), None)
    if match is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown API key")
    return match


def require_scope(scope: str):
    async def checker(partner: PartnerKey = Depends(current_partner)) -> PartnerKey:
        if scope not in partner.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return partner

    return checker


@app.post("/v1/certified-copy-requests")
async def request_certified_copy(payload: dict, partner: PartnerKey = Depends(require_scope("copies"))):
    return {
        "firm": partner.firm,
        "deed_reference": payload.get("deed_reference"),
        "copies": int(payload.get("copies", 1)),
        "status": "queued",
    }


@app.get("/v1/whoami")
async def whoami(partner: PartnerKey = Depends(current_partner)):
    return {"firm": partner.firm, "scopes": sorted(partner.scopes)}
