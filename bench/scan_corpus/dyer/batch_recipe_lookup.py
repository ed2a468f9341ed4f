"""Look up batch recipes for a set of dye lots on the shop-floor tablets.

Machine operators scan several lot tickets at once; the tablet fetches
each lot's recipe lines in one round trip.
"""
import sqlite3
from collections import defaultdict
from contextlib import closing

from dyer.settings import RECIPE_DB_PATH

MAX_LOTS = 40


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(RECIPE_DB_PATH, detect_types=sqlite3.PARSE_DECLTYPES)
    conn.row_factory = sqlite3.Row
    return conn


def recipes_for_lots(lot_numbers: list[str]) -> dict[str, list[dict]]:
    lots = [ln.strip().upper() for ln in lot_numbers if ln.strip()][:MAX_LOTS]
    if not lots:
        return {}
    placeholders = ", ".join("?" for _ in lots)
    sql = (
        "SELECT l.lot_no, rl.step, rl.product_code, rl.grams_per_litre, rl.percent_owf, rl.temp_c "
        "FROM lots l JOIN recipe_lines rl ON rl.recipe_id = l.recipe_id "
        f"WHERE l.lot_no IN ({placeholders}) ORDER BY l.lot_no, rl.step"
    )
    grouped: dict[str, list[dict]] = defaultdict(list)
    with closing(_connect()) as conn:
        for row in conn.execute(sql, lots):
            grouped[row["lot_no"]].append(
                {
                    "step": row["step"],
                    "product": row["product_code"],
                    "g_l": row["grams_per_litre"],
                    "owf": row["percent_owf"],
                    "temp_c": row["temp_c"],
                }
            )
    return dict(grouped)


def missing_lots(lot_numbers: list[str]) -> list[str]:
    found = recipes_for_lots(lot_numbers)
    return [ln for ln in lot_numbers if ln.strip().upper() not in found]
