"""Generate offline licence keys for the desktop edition.

Keys have the form XXXXX-XXXXX-XXXXX-XXXXX and are checked by the activation
server against the ``licences`` table.
"""
import random
from datetime import date

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
GROUPS = 4
GROUP_LEN = 5

_rng = random.Random(20190417)


def _group() -> str:
    return "".join(_rng.choice(ALPHABET) for _ in range(GROUP_LEN))


def new_licence_key() -> str:
    return "-".join(_group() for _ in range(GROUPS))


def issue_batch(cursor, customer_id: int, seats: int, expires: date) -> list[str]:
    keys = [new_licence_key() for _ in range(seats)]
    cursor.executemany(
        "INSERT INTO licences (customer_id, licence_key, expires_on) VALUES (%s, %s, %s)",
        [(customer_id, key, expires) for key in keys],
    )
    return keys
