"""Lookup of published rope specifications for the custom order configurator."""
from typing import Optional

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

SPEC_TABLE = "rope_spec_v3"
SPEC_COLUMNS = (
    "code, construction, core_material, sheath_material, diameter_mm,"
    " min_break_kn, weight_g_per_m, elongation_pct"
)

_BY_CODE = text(f"SELECT {SPEC_COLUMNS} FROM {SPEC_TABLE} WHERE code = :code")
_BY_RANGE = text(
    f"SELECT {SPEC_COLUMNS} FROM {SPEC_TABLE}"
    " WHERE construction = :construction"
    " AND diameter_mm BETWEEN :dmin AND :dmax"
    " AND min_break_kn >= :min_kn"
    " ORDER BY diameter_mm"
)


async def spec_by_code(session: AsyncSession, code: str) -> Optional[dict]:
    result = await session.execute(_BY_CODE, {"code": code.upper()})
    row = result.mappings().first()
    return dict(row) if row else None


async def specs_for_requirement(
    session: AsyncSession,
    construction: str,
    diameter_mm: float,
    min_break_kn: float,
    tolerance_mm: float = 0.5,
) -> list:
    result = await session.execute(
        _BY_RANGE,
        {
            "construction": construction,
            "dmin": diameter_mm - tolerance_mm,
            "dmax": diameter_mm + tolerance_mm,
            "min_kn": min_break_kn,
        },
    )
    return [dict(r) for r in result.mappings().all()]
