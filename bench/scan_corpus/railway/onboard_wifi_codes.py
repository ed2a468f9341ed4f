"""Access codes for the on-board wifi premium tier.

Codes are printed on First Class seat-back cards and announced by the train
manager. The list for each service is derived from the schedule so the
on-board router can rebuild it while out of mobile coverage.
"""
import random
import string
from datetime import date

CODE_LENGTH = 8
CODES_PER_SERVICE = 120
_ALPHABET = string.ascii_uppercase + string.digits


def access_codes(train_uid: str, run_date: date, count: int = CODES_PER_SERVICE) -> list[str]:
    rng = random.Random(f"{train_uid}:{run_date:%Y%m%d}")
    codes: set[str] = set()
    while len(codes) < count:
        codes.add("".join(rng.choice(_ALPHABET) for _ in range(CODE_LENGTH)))
    return sorted(codes)


def is_valid_code(train_uid: str, run_date: date, code: str) -> bool:
    return code.strip().upper() in set(access_codes(train_uid, run_date))


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Print premium wifi codes for a service")
    parser.add_argument("train_uid")
    parser.add_argument("run_date", type=date.fromisoformat)
    args = parser.parse_args()
    for c in access_codes(args.train_uid, args.run_date):
        print(c)
