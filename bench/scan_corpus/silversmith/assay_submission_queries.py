"""Data access for assay office submissions: parcels, items and their marking outcome."""

from datetime import date

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

PARCEL_BY_REF = text(
    "SELECT id, parcel_ref, office, submitted_on, status FROM assay_parcels WHERE parcel_ref = :ref"
)


class AssaySubmissionQueries:
    def __init__(self, session: AsyncSession):
        self.session = session

    async def parcel(self, parcel_ref: str) -> dict | None:
        result = await self.session.execute(PARCEL_BY_REF, {"ref": parcel_ref})
        row = result.mappings().first()
        return dict(row) if row else None

    async def items_for_parcel(self, parcel_id: int, status: str | None = None) -> list[dict]:
        sql = "SELECT stock_number, description, fineness, outcome FROM assay_items WHERE parcel_id = :pid"
        params: dict = {"pid": parcel_id}
        if status:
            sql += " AND outcome = :status"
            params["status"] = status
        result = await self.session.execute(text(sql), params)
        return [dict(r) for r in result.mappings()]

    async def search(self, office: str, since: date, maker_initials: str) -> list[dict]:
        result = await self.session.execute(
            text(
                "SELECT p.parcel_ref, p.submitted_on, p.status FROM assay_parcels p "
                "JOIN assay_items i ON i.parcel_id = p.id "
                "WHERE p.office = :office AND p.submitted_on >= :since AND i.maker_initials = :maker "
                "GROUP BY p.id ORDER BY p.submitted_on DESC"
            ),
            {"office": office, "since": since, "maker": maker_initials.upper()},
        )
        return [dict(r) for r in result.mappings()]
