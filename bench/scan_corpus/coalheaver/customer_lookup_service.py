"""Customer lookup used by the telephone order desk.

Call handlers search by one or more postcodes and an optional surname; the
results feed the "repeat last order" button.
"""
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

MAX_POSTCODES = 20


class CustomerLookupService:
    def __init__(self, session: AsyncSession):
        self.session = session

    @staticmethod
    def _in_clause(prefix: str, values: list) -> tuple:
        names = [f"{prefix}{i}" for i in range(len(values))]
        placeholders = ", ".join(f":{name}" for name in names)
        return placeholders, dict(zip(names, values))

    async def search(self, postcodes: list, surname: str = None) -> list:
        cleaned = [p.upper().replace(" ", "") for p in postcodes if p.strip()][:MAX_POSTCODES]
        if not cleaned:
            return []
        placeholders, params = self._in_clause("pc", cleaned)
        sql = (
            "SELECT id, title, surname, address_line1, postcode, last_order_ref "
            f"FROM customers WHERE REPLACE(postcode, ' ', '') IN ({placeholders})"
        )
        if surname:
            sql += " AND LOWER(surname) LIKE :surname"
            params["surname"] = surname.lower().strip() + "%"
        sql += " ORDER BY surname, postcode LIMIT 100"
        result = await self.session.execute(text(sql), params)
        return [dict(row._mapping) for row in result]

    async def last_order_lines(self, customer_id: int) -> list:
        result = await self.session.execute(
            text(
                "SELECT l.product_code, l.bags FROM order_lines l "
                "JOIN orders o ON o.id = l.order_id "
                "WHERE o.customer_id = :cid ORDER BY o.created_at DESC, l.id LIMIT 10"
            ),
            {"cid": customer_id},
        )
        return [dict(row._mapping) for row in result]
