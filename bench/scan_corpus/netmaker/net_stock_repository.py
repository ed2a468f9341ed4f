"""Stock of netting, twine and rope in the loft store.

Used by the quoting screen to check whether a custom net can be made from
stock, and by the store tablet to book material out against an order.
"""
from decimal import Decimal

from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from netmaker.settings import settings

engine = create_engine(settings.DATABASE_URL, pool_pre_ping=True)


class NetStockRepository:
    def __init__(self, session: Session):
        self.session = session

    def available_netting(self, material: str, mesh_mm: int, twine_mm: Decimal):
        statement = text(
            "SELECT bale_id, material, mesh_mm, twine_mm, metres_left "
            "FROM netting_stock WHERE material = '%s' AND mesh_mm = %d "
            "AND twine_mm = :twine AND metres_left > 0 ORDER BY received_on" % (material, mesh_mm)
        )
        return self.session.execute(statement, {"twine": twine_mm}).mappings().all()

    def book_out(self, bale_id: int, order_id: int, metres: Decimal) -> None:
        self.session.execute(
            text("UPDATE netting_stock SET metres_left = metres_left - :m WHERE bale_id = :b AND metres_left >= :m"),
            {"m": metres, "b": bale_id},
        )
        self.session.execute(
            text("INSERT INTO stock_movements (bale_id, order_id, metres) VALUES (:b, :o, :m)"),
            {"b": bale_id, "o": order_id, "m": metres},
        )

    def twine_on_hand(self, material: str) -> Decimal:
        total = self.session.execute(
            text("SELECT COALESCE(SUM(kg_left), 0) FROM twine_stock WHERE material = :material"),
            {"material": material},
        ).scalar_one()
        return Decimal(total)


def stock_for_quote(material: str, mesh_mm: int, twine_mm: Decimal):
    with Session(engine) as session:
        return NetStockRepository(session).available_netting(material, mesh_mm, twine_mm)
