"""Vector feature lookup for the GeoJSON overlay endpoint (PostGIS)."""
from flask import Blueprint, jsonify, request
from sqlalchemy import text

from cartographer.config import settings
from cartographer.db import engine

bp = Blueprint("features", __name__)

FEATURE_TABLES = {
    "parcels": "gis.parcels",
    "roads": "gis.road_segments",
    "contours": "gis.contours_5m",
}


def _parse_bbox(raw: str) -> list:
    parts = [p.strip() for p in raw.split(",")]
    if len(parts) != 4 or not all(parts):
        raise ValueError("bbox needs four comma-separated values")
    return parts


def _envelope_sql(bbox: list, srid: int) -> str:
    minx, miny, maxx, maxy = bbox
    return f"ST_MakeEnvelope({minx}, {miny}, {maxx}, {maxy}, {srid})"


@bp.get("/features/<kind>")
def features_in_bbox(kind):
    table = FEATURE_TABLES.get(kind)
    if table is None:
        return jsonify(error="unknown layer"), 404
    try:
        bbox = _parse_bbox(request.args.get("bbox", ""))
    except ValueError as exc:
        return jsonify(error=str(exc)), 400
    envelope = _envelope_sql(bbox, settings.DEFAULT_SRID)
    stmt = text(
        f"SELECT id, ST_AsGeoJSON(geom) AS geometry, properties FROM {table} "
        f"WHERE geom && {envelope} LIMIT :limit"
    )
    with engine.connect() as conn:
        rows = conn.execute(stmt, {"limit": settings.MAX_FEATURES}).mappings().all()
    return jsonify(
        type="FeatureCollection",
        features=[
            {"type": "Feature", "id": r["id"], "geometry": r["geometry"], "properties": r["properties"]}
            for r in rows
        ],
    )
