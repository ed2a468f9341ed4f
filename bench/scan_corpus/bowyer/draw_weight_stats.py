"""Draw-weight statistics per bow family, for the spec advisor on the order form.

Each bow family keeps its finished-bow measurements in its own table because the
tiller and force-draw columns differ between them.
"""
from enum import Enum

from sqlalchemy import bindparam, create_engine, text
from sqlalchemy.engine import Engine


class BowFamily(str, Enum):
    LONGBOW = "longbow"
    FLATBOW = "flatbow"
    HORSEBOW = "horsebow"
    PYRAMID = "pyramid"


MEASUREMENT_TABLES = {
    BowFamily.LONGBOW: "longbow_measurements",
    BowFamily.FLATBOW: "flatbow_measurements",
    BowFamily.HORSEBOW: "horsebow_measurements",
    BowFamily.PYRAMID: "pyramid_measurements",
}


class DrawWeightStats:
    def __init__(self, engine: Engine):
        self.engine = engine

    def summary(self, family: str, draw_length_in: float, wood: str | None = None) -> dict:
        table = MEASUREMENT_TABLES[BowFamily(family)]
        stmt = text(
            f"SELECT COUNT(*) AS n, AVG(weight_at_draw_lbs) AS mean, "
            f"MIN(weight_at_draw_lbs) AS low, MAX(weight_at_draw_lbs) AS high FROM {table} "
            "WHERE draw_length_in BETWEEN :lo AND :hi AND (:wood IS NULL OR wood = :wood)"
        ).bindparams(
            bindparam("lo", draw_length_in - 0.5),
            bindparam("hi", draw_length_in + 0.5),
            bindparam("wood", wood),
        )
        with self.engine.connect() as conn:
            row = conn.execute(stmt).mappings().one()
        return {k: (round(v, 1) if isinstance(v, float) else v) for k, v in row.items()}

    def advise(self, family: str, target_lbs: int, draw_length_in: float) -> str:
        s = self.summary(family, draw_length_in)
        if not s["n"]:
            return "No finished bows of this family at that draw length yet."
        if target_lbs > (s["high"] or 0):
            return f"Heavier than any {family} we've built at {draw_length_in}in; talk to the bowyer."
        return f"Typical {family} at {draw_length_in}in: {s['mean']} lbs (range {s['low']}-{s['high']})."


if __name__ == "__main__":
    import os
    import sys

    stats = DrawWeightStats(create_engine(os.environ["WORKSHOP_DATABASE_URL"]))
    print(stats.advise(sys.argv[1], int(sys.argv[2]), float(sys.argv[3])))
