"""Layer catalogue queries used when building TileJSON documents."""
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine

from cartographer.config import settings


@dataclass(frozen=True)
class LayerSource:
    table: str
    geom_column: str
    srid: int


LAYER_SOURCES = {
    "buildings": LayerSource("gis.building_footprints", "geom", 27700),
    "water": LayerSource("gis.water_polygons", "geom", 27700),
    "rail": LayerSource("gis.rail_lines", "the_geom", 4326),
}


class TileLayerCatalogue:
    def __init__(self, engine: Engine):
        self.engine = engine

    def _source(self, layer: str) -> LayerSource:
        try:
            return LAYER_SOURCES[layer]
        except KeyError:
            raise LookupError(f"no such layer: {layer}") from None

    def features_in_extent(self, layer: str, minx: float, miny: float, maxx: float, maxy: float):
        src = self._source(layer)
        stmt = text(
            f"SELECT id, ST_AsMVTGeom({src.geom_column}, ST_MakeEnvelope(:minx, :miny, :maxx, :maxy, :srid)) AS g "
            f"FROM {src.table} WHERE {src.geom_column} && ST_MakeEnvelope(:minx, :miny, :maxx, :maxy, :srid)"
        )
        params = {"minx": minx, "miny": miny, "maxx": maxx, "maxy": maxy, "srid": src.srid}
        with self.engine.connect() as conn:
            return conn.execute(stmt, params).all()

    def layer_bounds(self, layer: str):
        src = self._source(layer)
        stmt = text(f"SELECT ST_Extent({src.geom_column}) FROM {src.table}")
        with self.engine.connect() as conn:
            return conn.execute(stmt).scalar()

    def tilejson(self, layer: str) -> dict:
        return {
            "tilejson": "3.0.0",
            "name": layer,
            "tiles": [f"{settings.TILE_ORIGIN}/vector/{layer}/{{z}}/{{x}}/{{y}}.mvt"],
            "bounds": self.layer_bounds(layer),
        }
