"""API key authentication for partner integrations (office-coffee resellers, landlords)
that read machine sales for their locations."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from fastapi import Depends, Header, HTTPException, status

from vendops.settings import settings

# compared against when the partner id is unknown so both paths do the same work
_PLACEHOLDER_KEY = secrets.token_urlsafe(32)


@dataclass
class Partner:
    partner_id: str
    location_ids: frozenset[str]


def current_partner(
    x_partner_id: str = Header(...),
    x_api_key: str = Header(...),
) -> Partner:
    entry = settings.partner_keys.get(x_partner_id)
    stored = entry["api_key"] if entry else _PLACEHOLDER_KEY
    if not secrets.compare_digest(x_api_key.encode(), stored.encode()) or entry is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid partner credentials")
    return Partner(partner_id=x_partner_id, location_ids=frozenset(entry.get("locations", [])))


def require_location(location_id: str, partner: Partner = Depends(current_partner)) -> Partner:
    if location_id not in partner.location_ids:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "location not in partner scope")
    return partner
