"""Reachability check for pump-station PLCs, exposed to the ops dashboard."""
import ipaddress
import subprocess

from fastapi import APIRouter, Depends, HTTPException

from .auth import require_operator
from .inventory import station_by_code

router = APIRouter(prefix="/ops/stations", dependencies=[Depends(require_operator)])


def ping(address: str, count: int = 3) -> subprocess.CompletedProcess:
    ip = ipaddress.ip_address(address)  # raises ValueError for anything else
    return subprocess.run(
        ["ping", "-c", str(count), "-W", "2", str(ip)],
        capture_output=True,
        text=True,
        timeout=15,
        check=False,
    )


@router.get("/{code}/ping")
def ping_station(code: str, target: str | None = None):
    station = station_by_code(code)
    if station is None:
        raise HTTPException(status_code=404)
    address = target or station.plc_address
    try:
        result = ping(address)
    except ValueError:
        raise HTTPException(status_code=422, detail="target must be an IP address")
    return {
        "station": code,
        "target": address,
        "reachable": result.returncode == 0,
        "summary": result.stdout.splitlines()[-2:],
    }
