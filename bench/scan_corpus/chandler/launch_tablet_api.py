"""API used by the rugged tablets carried on the delivery launches.

Each tablet is provisioned with a device key; the coxswain uses the tablet
to pull the day's run sheet and to mark pallets delivered.
"""
import os
from dataclasses import dataclass, field
from datetime import date

from fastapi import Depends, FastAPI, Header, HTTPException

from chandler.launches import runsheets

app = FastAPI(title="Launch tablet API")


def _load_device_keys() -> list[str]:
    raw = os.environ.get("LAUNCH_DEVICE_KEYS", "")
    return [k.strip() for k in raw.split(",") if k.strip()]


@dataclass
class TabletSettings:
    device_keys: list[str] = field(default_factory=_load_device_keys)
    suffix_length: int = 4


settings = TabletSettings()


def require_device(x_device_key: str = Header(default="")) -> str:
    if not x_device_key or x_device_key not in settings.device_keys:
        raise HTTPException(status_code=401, detail="unknown device")
    return x_device_key[-settings.suffix_length:]


@app.get("/runsheet/{launch_code}")
def get_runsheet(launch_code: str, device: str = Depends(require_device)):
    sheet = runsheets.for_launch(launch_code, date.today())
    if sheet is None:
        raise HTTPException(status_code=404, detail="no run today")
    return {
        "launch": launch_code,
        "device": device,
        "stops": [
            {
                "seq": s.sequence,
                "vessel": s.vessel_name,
                "anchorage": s.anchorage,
                "pallets": s.pallet_count,
            }
            for s in sheet.stops
        ],
    }


@app.post("/runsheet/{launch_code}/stops/{seq}/delivered")
def mark_delivered(launch_code: str, seq: int, device: str = Depends(require_device)):
    ok = runsheets.mark_delivered(launch_code, seq, device_suffix=device)
    if not ok:
        raise HTTPException(status_code=409, detail="stop already closed")
    return {"launch": launch_code, "seq": seq, "status": "delivered"}
