"""Repository for water-taxi transfers booked by partner hotels.

The booking API stores each transfer a hotel books for a guest, and the
hotel can list its bookings filtered by guest surname, pier and date.
"""
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Transfer(Base):
    __tablename__ = "hotel_transfers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hotel_code: Mapped[str] = mapped_column(String(12), ForeignKey("partner_hotels.hotel_code"), index=True)
    guest_surname: Mapped[str] = mapped_column(String(80))
    party_size: Mapped[int] = mapped_column(Integer)
    pickup_pier: Mapped[str] = mapped_column(String(8))
    dropoff_pier: Mapped[str] = mapped_column(String(8))
    pickup_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(16), default="booked")


@dataclass
class TransferFilter:
    surname: str | None = None
    pier: str | None = None
    on_date: date | None = None
    limit: int = 50


class TransferRepository:
    def __init__(self, session: Session):
        self.session = session

    def add(self, hotel_code: str, **fields) -> Transfer:
        transfer = Transfer(hotel_code=hotel_code, **fields)
        self.session.add(transfer)
        self.session.flush()
        return transfer

    def list_for_hotel(self, hotel_code: str, flt: TransferFilter) -> list[Transfer]:
        stmt = select(Transfer).where(Transfer.hotel_code == hotel_code)
        if flt.surname:
            stmt = stmt.where(Transfer.guest_surname.ilike(f"%{flt.surname}%"))
        if flt.pier:
            stmt = stmt.where((Transfer.pickup_pier == flt.pier) | (Transfer.dropoff_pier == flt.pier))
        if flt.on_date:
            start = datetime.combine(flt.on_date, datetime.min.time())
            end = datetime.combine(flt.on_date, datetime.max.time())
            stmt = stmt.where(Transfer.pickup_at.between(start, end))
        stmt = stmt.order_by(Transfer.pickup_at).limit(min(flt.limit, 200))
        return list(self.session.scalars(stmt))

    def cancel(self, hotel_code: str, transfer_id: int) -> bool:
        transfer = self.session.scalars(
            select(Transfer).where(Transfer.id == transfer_id, Transfer.hotel_code == hotel_code)
        ).one_or_none()
        if transfer is None or transfer.status != "booked":
            return False
        transfer.status = "cancelled"
        return True
