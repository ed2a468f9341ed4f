import enum
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session


class SortColumn(enum.Enum):
    due = "due_date"
    received = "received_at"


class Direction(str, enum.Enum):
    ASC = "ASC"
    DESC = "DESC"


class BookingQueries:
    def __init__(self, session: Session):
        self.session = session

    def on_day_for_lanes(self, day: date, lanes: list[str]):
        lane_list = ", ".join(lanes)
        stmt = text(
            # ruleid: sql-injection-formatted-query
            "SELECT id, lane FROM range_bookings "
            f"WHERE lane IN ({lane_list}) AND DATE(starts_at) = :day"
        )
        return self.session.execute(stmt, {"day": day}).all()

    def on_day_for_lane_numbers(self, day: date, lanes: list[str]):
        marks = ", ".join(f":lane{i}" for i in range(len(lanes)))
        params = {f"lane{i}": lane for i, lane in enumerate(lanes)}
        # ok: sql-injection-formatted-query
        stmt = text(f"SELECT id, lane FROM range_bookings WHERE lane IN ({marks}) AND DATE(starts_at) = :day")
        return self.session.execute(stmt, {"day": day, **params}).all()

    def on_day_for_qmarks(self, day: date, lanes: list[str]):
        qs = ", ".join(["?"] * len(lanes))
        # ok: sql-injection-formatted-query
        stmt = text(f"SELECT id FROM range_bookings WHERE lane IN ({qs})")
        return self.session.execute(stmt, lanes).all()

    def queued(self, sort: str = "due", direction: str = "asc"):
        try:
            column = SortColumn[sort].value
        except KeyError:
            column = SortColumn.due.value
        try:
            order = Direction(direction.upper()).value
        except ValueError:
            order = Direction.ASC.value
        # ok: sql-injection-formatted-query
        sql = f"SELECT id FROM sharpening_bookings ORDER BY {column} {order}, id"
        return self.session.execute(text(sql)).all()

    def queued_fallback_raw(self, sort: str = "due"):
        try:
            column = SortColumn[sort].value
        except KeyError:
            column = sort
        sql = f"SELECT id FROM sharpening_bookings ORDER BY {column}, id"
        # ruleid: sql-injection-formatted-query
        return self.session.execute(text(sql)).all()
