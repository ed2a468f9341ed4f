"""Internal status API for garage network equipment, reachable only from team subnets."""
from __future__ import annotations

import ipaddress
import os
from typing import Dict, List

import uvicorn
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

TEAM_NETWORKS = [
    ipaddress.ip_network(cidr.strip())
    for cidr in os.environ.get("GARAGE_TEAM_CIDRS", "10.42.0.0/16,fd00:42::/48").split(",")
    if cidr.strip()
]

app = FastAPI(title="Garage LAN status")

SWITCH_STATE: Dict[str, Dict[str, str]] = {
    "garage-core": {"uplink": "up", "poe_budget_w": "740"},
    "pitwall-edge": {"uplink": "up", "poe_budget_w": "370"},
}


def _from_team_network(request: Request) -> bool:
    forwarded = request.headers.get("X-Forwarded-For", "")
    client_ip = forwarded.split(",")[-1].strip() if forwarded else (request.client.host if request.client else "")
    try:
        addr = ipaddress.ip_address(client_ip)
    except ValueError:
        return False
    return any(addr in net for net in TEAM_NETWORKS)


@app.middleware("http")
async def team_only(request: Request, call_next):
    if not _from_team_network(request):
        return JSONResponse({"detail": "team network only"}, status_code=403)
    return await call_next(request)


@app.get("/switches")
def switches() -> List[Dict[str, str]]:
    return [{"name": name, **state} for name, state in SWITCH_STATE.items()]


@app.get("/switches/{name}")
def switch(name: str) -> Dict[str, str]:
    if name not in SWITCH_STATE:
        raise HTTPException(status_code=404, detail="unknown switch")
    return SWITCH_STATE[name]


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("LAN_GUARD_PORT", "8081")),
                proxy_headers=False)
