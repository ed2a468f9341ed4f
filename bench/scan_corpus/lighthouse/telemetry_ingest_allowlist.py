"""Restrict the telemetry ingest endpoint to the station VPN address ranges."""
from __future__ import annotations

import ipaddress
import logging
import os

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

log = logging.getLogger("ingest.network")

STATION_VPN_RANGES = (
    ipaddress.ip_network("10.40.0.0/16"),
    ipaddress.ip_network("fd4c:6c68:7573::/48"),
)

app = FastAPI(title="Telemetry ingest")


def extra_ranges() -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    raw = os.environ.get("INGEST_EXTRA_RANGES", "")
    return tuple(ipaddress.ip_network(r.strip()) for r in raw.split(",") if r.strip())


def client_permitted(addr: str) -> bool:
    try:
        ip = ipaddress.ip_address(addr)
    except ValueError:
        return False
    return any(ip in net for net in STATION_VPN_RANGES + extra_ranges())


@app.middleware("http")
async def vpn_only(request: Request, call_next):
    host = request.client.host if request.client else ""
    if not client_permitted(host):
        log.warning("rejected ingest request from %s", host)
        return JSONResponse({"detail": "station network required"}, status_code=403)
    return await call_next(request)


@app.post("/ingest/{station_code}")
async def ingest(station_code: str, request: Request) -> dict:
    readings = await request.json()
    if not isinstance(readings, list):
        raise HTTPException(status_code=422, detail="expected a list of readings")
    request.app.state.queue.put_nowait((station_code, readings))
    return {"accepted": len(readings)}
