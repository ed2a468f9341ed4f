"""Loader for boat profiles uploaded by marina partners.

Partner marinas that put their own boats into our hire fleet describe each
boat in a YAML profile: length, berths, engine, tank sizes and equipment.
The profile is validated and stored on the boats table.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import yaml
from fastapi import APIRouter, Depends, HTTPException, UploadFile

from bargehire.partners.auth import current_partner
from bargehire.fleet.store import save_boat_profile

router = APIRouter(prefix="/partners/fleet")

MAX_PROFILE_BYTES = 64 * 1024


@dataclass
class BoatProfile:
    name: str
    length_m: float
    berths: int
    fuel_tank_l: int
    holding_tank_l: int
    equipment: list[str] = field(default_factory=list)

    @classmethod
    def from_document(cls, doc: dict) -> "BoatProfile":
        profile = cls(
            name=str(doc["name"]).strip(),
            length_m=float(doc["length_m"]),
            berths=int(doc["berths"]),
            fuel_tank_l=int(doc["tanks"]["fuel_l"]),
            holding_tank_l=int(doc["tanks"]["holding_l"]),
            equipment=[str(e) for e in doc.get("equipment", [])],
        )
        if not 6 <= profile.length_m <= 22:
            raise ValueError("length must be between 6 m and 22 m for our locks")
        return profile


def parse_profile(raw: bytes) -> BoatProfile:
    doc = yaml.safe_load(raw.decode("utf-8"))
    if not isinstance(doc, dict):
        raise ValueError("profile must be a mapping")
    return BoatProfile.from_document(doc)


@router.post("/profiles")
async def upload_profile(file: UploadFile, partner=Depends(current_partner)):
    raw = await file.read(MAX_PROFILE_BYTES + 1)
    if len(raw) > MAX_PROFILE_BYTES:
        raise HTTPException(status_code=413, detail="profile too large")
    try:
        profile = parse_profile(raw)
    except (yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise HTTPException(status_code=422, detail=f"invalid profile: {exc}")
    boat_id = save_boat_profile(partner.id, profile)
    return {"boat_id": boat_id, "name": profile.name}
