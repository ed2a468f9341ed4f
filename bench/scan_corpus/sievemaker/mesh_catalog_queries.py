"""Read-side queries for the woven wire mesh catalogue.

The catalogue page lists mesh codes with aperture, wire diameter and
open area, filterable by material and sortable by a handful of columns.
"""
import sqlite3
from dataclasses import dataclass
from enum import Enum
from typing import List, Optional


class SortField(str, Enum):
    APERTURE = "aperture_um"
    WIRE = "wire_diameter_um"
    OPEN_AREA = "open_area_pct"
    MESH_COUNT = "mesh_per_inch"


@dataclass
class MeshSpec:
    mesh_code: str
    material: str
    mesh_per_inch: float
    aperture_um: int
    wire_diameter_um: int
    open_area_pct: float


class MeshCatalog:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def list_specs(
        self,
        material: Optional[str] = None,
        min_aperture: int = 0,
        sort: str = "aperture_um",
        descending: bool = False,
    ) -> List[MeshSpec]:
        try:
            column = SortField(sort).value
        except ValueError:
            column = SortField.APERTURE.value
        order = "DESC" if descending else "ASC"
        sql = (
            "SELECT mesh_code, material, mesh_per_inch, aperture_um, wire_diameter_um, open_area_pct "
            "FROM mesh_specs WHERE aperture_um >= ?"
        )
        params: list = [min_aperture]
        if material:
            sql += " AND material = ?"
            params.append(material)
        sql += f" ORDER BY {column} {order}, mesh_code"
        return [MeshSpec(*row) for row in self.conn.execute(sql, params)]

    def nearest_aperture(self, target_um: int, material: str) -> Optional[MeshSpec]:
        row = self.conn.execute(
            "SELECT mesh_code, material, mesh_per_inch, aperture_um, wire_diameter_um, open_area_pct "
            "FROM mesh_specs WHERE material = ? ORDER BY ABS(aperture_um - ?) LIMIT 1",
            (material, target_um),
        ).fetchone()
        return MeshSpec(*row) if row else None
