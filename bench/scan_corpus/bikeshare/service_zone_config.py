"""Loads service zone and parking-area definitions uploaded by the city mobility office."""

from dataclasses import dataclass

import yaml
from fastapi import APIRouter, Depends, HTTPException, UploadFile

from bikeshare.partner_portal.auth import city_office
from bikeshare.zones import ZoneStore

router = APIRouter(prefix="/portal/zones", dependencies=[Depends(city_office)])


@dataclass
class ServiceZone:
    code: str
    name: str
    polygon: list[tuple[float, float]]
    parking_fee: float = 0.0
    no_parking: bool = False


class ZoneFileReader:
    loader = yaml.SafeLoader
    max_bytes = 512 * 1024

    def read(self, text: str) -> list[ServiceZone]:
        doc = yaml.load(text, Loader=self.loader)
        if not isinstance(doc, dict) or not isinstance(doc.get("zones"), list):
            raise ValueError("expected a mapping with a 'zones' list")
        zones = []
        for item in doc["zones"]:
            polygon = [(float(lat), float(lon)) for lat, lon in item["polygon"]]
            if len(polygon) < 3:
                raise ValueError(f"zone {item.get('code')} needs at least 3 points")
            zones.append(ServiceZone(
                code=str(item["code"]),
                name=str(item["name"]),
                polygon=polygon,
                parking_fee=float(item.get("parking_fee", 0)),
                no_parking=bool(item.get("no_parking", False)),
            ))
        return zones


_reader = ZoneFileReader()
_store = ZoneStore()


@router.post("")
async def upload_zones(file: UploadFile):
    raw = await file.read(ZoneFileReader.max_bytes + 1)
    if len(raw) > ZoneFileReader.max_bytes:
        raise HTTPException(status_code=413, detail="zone file too large")
    try:
        zones = _reader.read(raw.decode("utf-8"))
    except (ValueError, KeyError, TypeError, yaml.YAMLError) as exc:
        raise HTTPException(status_code=422, detail=f"invalid zone file: {exc}") from exc
    for zone in zones:
        _store.upsert(zone)
    return {"imported": len(zones)}
