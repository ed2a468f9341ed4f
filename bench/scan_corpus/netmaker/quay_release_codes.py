"""Release codes for nets stored in the quay lockers.

Small repairs are left in self-service lockers on the quay. The skipper gets
a locker number and a release code that opens it once.
"""
import random
import string
from datetime import datetime, timedelta

from netmaker.db import connection
from netmaker.lockers import LockerController

RELEASE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
RELEASE_LENGTH = 8
RELEASE_VALID_FOR = timedelta(hours=48)

_rng = random.SystemRandom()


def generate_release_code(length: int = RELEASE_LENGTH) -> str:
    return "".join(_rng.choice(RELEASE_ALPHABET) for _ in range(length))


class LockerAssignment:
    def __init__(self, controller: LockerController, conn=None):
        self.controller = controller
        self.conn = conn or connection()

    def store(self, order_id: int, locker_no: int) -> str:
        code = generate_release_code()
        valid_until = datetime.utcnow() + RELEASE_VALID_FOR
        self.controller.program(locker_no, code, valid_until)
        with self.conn:
            self.conn.execute(
                "UPDATE repair_orders SET locker_no = ?, locker_valid_until = ? WHERE id = ?",
                (locker_no, valid_until.isoformat(), order_id),
            )
        return code

    def clear(self, order_id: int, locker_no: int) -> None:
        self.controller.wipe(locker_no)
        with self.conn:
            self.conn.execute(
                "UPDATE repair_orders SET locker_no = NULL, collected_at = ? WHERE id = ?",
                (datetime.utcnow().isoformat(), order_id),
            )
