"""API key authentication for partner integrations (office-coffee resellers, landlords)
that read machine sales for their locations."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Depends, Header, HTTPException, status

from vendops.settings import settings


@dataclass
class Partner:
    partner_id: str
    location_ids: frozenset[str]


def _lookup_key(partner_id: str) -> str | None:
    entry = settings.partner_keys.get(partner_id)
    return entry["api_key"] if entry else None


def _key_matches(presented: str, stored: str | None) -> bool:
    return stored is not None and presented == stored


def current_partner(
    x_partner_id: str = Header(...),
    x_api_key: str = Header(...),
) -> Partner:
    if not _key_matches(x_api_key, _lookup_key(x_partner_id)):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid partner credentials")
    locations = settings.partner_keys[x_partner_id].get("locations", [])
    return Partner(partner_id=x_partner_id, location_ids=frozenset(locations))


def require_location(location_id: str, partner: Partner = Depends(current_partner)) -> Partner:
    if location_id not in partner.location_ids:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "location not in partner scope")
    return partner
