"""Short-lived access tokens for the map tile licensing API.

Web maps embed a short-lived JWT minted by the customer's backend with the
licence secret; the tile server checks it on each request.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from flask import Flask, abort, g, request

app = Flask(__name__)

TOKEN_AUDIENCE = "tiles.mapstudio"
TOKEN_ALGORITHMS = ["HS256"]
TILE_SIGNING_KEY = os.environ["TILE_TOKEN_KEY"]


@dataclass
class TileGrant:
    licensee: str
    tilesets: list[str]
    max_zoom: int


def decode_grant(token: str) -> TileGrant:
    claims = jwt.decode(
        token,
        TILE_SIGNING_KEY,
        algorithms=TOKEN_ALGORITHMS,
        audience=TOKEN_AUDIENCE,
        options={"require": ["exp", "sub", "aud"]},
    )
    return TileGrant(
        licensee=claims["sub"],
        tilesets=list(claims.get("tilesets", [])),
        max_zoom=int(claims.get("max_zoom", 14)),
    )


@app.before_request
def authorise_tile_request():
    header = request.headers.get("Authorization", "")
    token = header.removeprefix("Bearer ").strip() or request.args.get("access_token", "")
    if not token:
        abort(401)
    try:
        g.grant = decode_grant(token)
    except jwt.PyJWTError:
        abort(401)


@app.get("/tiles/<tileset>/<int:z>/<int:x>/<int:y>.pbf")
def tile(tileset: str, z: int, x: int, y: int):
    grant: TileGrant = g.grant
    if tileset not in grant.tilesets or z > grant.max_zoom:
        abort(403)
    return {"tileset": tileset, "z": z, "x": x, "y": y, "licensee": grant.licensee}
