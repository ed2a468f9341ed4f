"""Serves the provisioning catalogue (fresh, dry, frozen, bonded, deck and
engine stores) to agent and vessel clients with HTTP caching.

The catalogue export is regenerated nightly from the ERP and is identical
for all customers of a given port, so it is cached by content hash.
"""
import hashlib
import json
from functools import lru_cache
from pathlib import Path

from flask import Blueprint, Response, current_app, request

bp = Blueprint("catalogue", __name__)

EXPORT_NAME = "catalogue_{port}.json"
ALLOWED_PORTS = {"NLRTM", "BEANR", "DEHAM", "GBFXT", "ESALG"}


def _export_dir() -> Path:
    return Path(current_app.config["CATALOGUE_EXPORT_DIR"])


@lru_cache(maxsize=32)
def _load_export(port: str, mtime: float) -> tuple[bytes, str]:
    body = (_export_dir() / EXPORT_NAME.format(port=port)).read_bytes()
    etag = hashlib.md5(body).hexdigest()
    return body, etag


def _catalogue_for(port: str) -> tuple[bytes, str]:
    path = _export_dir() / EXPORT_NAME.format(port=port)
    return _load_export(port, path.stat().st_mtime)


@bp.get("/catalogue/<port>")
def catalogue(port: str):
    port = port.upper()
    if port not in ALLOWED_PORTS:
        return Response(status=404)
    body, etag = _catalogue_for(port)
    if request.if_none_match.contains(etag):
        return Response(status=304, headers={"ETag": f'"{etag}"'})
    resp = Response(body, mimetype="application/json")
    resp.headers["ETag"] = f'"{etag}"'
    resp.headers["Cache-Control"] = "public, max-age=3600"
    return resp


@bp.get("/catalogue/<port>/summary")
def catalogue_summary(port: str):
    port = port.upper()
    if port not in ALLOWED_PORTS:
        return Response(status=404)
    body, etag = _catalogue_for(port)
    counts: dict[str, int] = {}
    for item in json.loads(body):
        counts[item["category"]] = counts.get(item["category"], 0) + 1
    return {"port": port, "version": etag[:12], "counts": counts}
