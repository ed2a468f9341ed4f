"""API key authentication for depot gate scanners.

Fixed barcode scanners at the depot gates are not signed in by a driver;
each unit is provisioned with its own API key that it sends in a header.
During key rotation a unit accepts both its current and its previous key.
"""
from dataclasses import dataclass

from fastapi import Depends, FastAPI, Header, HTTPException, status

from drayman.keg_events import record_gate_scan
from drayman.settings import settings


@dataclass(frozen=True)
class GateUnit:
    unit_id: str
    depot_code: str
    accepted_keys: tuple[str, ...]


def _load_units() -> dict[str, GateUnit]:
    units = {}
    for entry in settings.GATE_UNITS:
        keys = tuple(k for k in (entry["api_key"], entry.get("previous_api_key")) if k)
        units[entry["id"]] = GateUnit(entry["id"], entry["depot"], keys)
    return units


GATE_UNITS = _load_units()


async def gate_unit(x_gate_unit: str = Header(...), x_gate_key: str = Header(...)) -> GateUnit:
    unit = GATE_UNITS.get(x_gate_unit)
    if unit is None or x_gate_key not in unit.accepted_keys:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Unknown gate unit")
    return unit


app = FastAPI(title="Depot gate scanners")


@app.post("/gate/scan")
async def gate_scan(payload: dict, unit: GateUnit = Depends(gate_unit)):
    serial = payload["serial"].strip().upper()
    direction = payload.get("direction", "in")
    if direction not in ("in", "out"):
        raise HTTPException(status_code=422, detail="direction must be in or out")
    await record_gate_scan(
        depot_code=unit.depot_code,
        unit_id=unit.unit_id,
        keg_serial=serial,
        direction=direction,
    )
    return {"ok": True, "serial": serial}
