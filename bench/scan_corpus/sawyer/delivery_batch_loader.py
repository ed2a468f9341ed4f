"""Bulk loading of delivery notes for the dispatch board.

The dispatch board selects several delivery notes at once to plan a
route. The selected ids are fetched in a single query using one bound
parameter per id.
"""
from sqlalchemy import text
from sqlalchemy.engine import Engine

from sawyer.db import engine as default_engine
from sawyer.settings import MAX_ROUTE_STOPS

NOTE_COLUMNS = (
    "n.id, n.number, n.merchant_account, n.site_postcode, n.total_weight_kg, "
    "n.requested_date, n.status"
)


class DeliveryBatchLoader:
    def __init__(self, engine: Engine = default_engine):
        self.engine = engine

    @staticmethod
    def _placeholders(ids):
        return ", ".join(f":id{i}" for i in range(len(ids)))

    def load(self, ids):
        ids = [int(i) for i in ids][:MAX_ROUTE_STOPS]
        if not ids:
            return []
        stmt = text(
            f"SELECT {NOTE_COLUMNS} FROM delivery_notes n "
            f"WHERE n.id IN ({self._placeholders(ids)}) ORDER BY n.site_postcode"
        )
        params = {f"id{i}": value for i, value in enumerate(ids)}
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(stmt, params)]

    def total_weight(self, ids):
        return sum(row["total_weight_kg"] for row in self.load(ids))

    def assign_route(self, route_id, ids):
        notes = self.load(ids)
        with self.engine.begin() as conn:
            for stop, note in enumerate(notes, start=1):
                conn.execute(
                    text("UPDATE delivery_notes SET route_id = :route, stop_no = :stop WHERE id = :id"),
                    {"route": route_id, "stop": stop, "id": note["id"]},
                )
        return len(notes)
