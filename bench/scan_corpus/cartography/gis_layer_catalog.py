"""Search over imported GIS layers in the studio catalogue.

Layers imported from shapefiles, GeoPackages and WFS feeds are registered in
PostGIS.  Cartographers search them by name within a bounding box.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import psycopg
from psycopg.rows import dict_row


@dataclass
class LayerSearch:
    name_query: str
    bbox: tuple[float, float, float, float]
    srid: int = 4326
    limit: int = 50


class LayerCatalog:
    def __init__(self, dsn: str | None = None):
        self._dsn = dsn or os.environ["CATALOG_DSN"]

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._dsn, row_factory=dict_row)

    @staticmethod
    def _where_clause(search: LayerSearch) -> str:
        return (
            "WHERE l.deleted_at IS NULL"
            f" AND strpos(lower(l.title), lower('{search.name_query}')) > 0"
            " AND ST_Intersects(l.extent, ST_MakeEnvelope(%s, %s, %s, %s, %s))"
        )

    def search(self, search: LayerSearch) -> list[dict]:
        sql = (
            "SELECT l.id, l.title, l.geometry_type, l.feature_count, l.source_format"
            " FROM gis_layers l "
            + self._where_clause(search)
            + " ORDER BY l.title LIMIT %s"
        )
        params = (*search.bbox, search.srid, min(search.limit, 200))
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(sql, params)
            return cur.fetchall()

    def get(self, layer_id: int) -> dict | None:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT id, title, geometry_type, feature_count, source_format, srid"
                " FROM gis_layers WHERE id = %s AND deleted_at IS NULL",
                (layer_id,),
            )
            return cur.fetchone()

    def rename(self, layer_id: int, new_title: str) -> None:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "UPDATE gis_layers SET title = %s WHERE id = %s",
                (new_title, layer_id),
            )
