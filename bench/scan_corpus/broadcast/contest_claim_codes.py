"""Generate claim codes for on-air listener contests.

Winners read the code back to the prize desk to collect tickets, gift cards
and so on. Output is a CSV that the promotions team loads into the prize
tracker.
"""
import argparse
import csv
import random
import string
import sys
from datetime import date

ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8


def make_claim_code() -> str:
    return "".join(random.choices(ALPHABET, k=CODE_LENGTH))


def generate_batch(contest_id: str, count: int) -> list[dict]:
    seen: set[str] = set()
    rows = []
    while len(rows) < count:
        code = make_claim_code()
        if code in seen:
            continue
        seen.add(code)
        rows.append(
            {"contest_id": contest_id, "claim_code": code, "issued": date.today().isoformat()}
        )
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("contest_id")
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--out", default="-")
    args = parser.parse_args(argv)

    rows = generate_batch(args.contest_id, args.count)
    out = sys.stdout if args.out == "-" else open(args.out, "w", newline="")
    try:
        writer = csv.DictWriter(out, fieldnames=["contest_id", "claim_code", "issued"])
        writer.writeheader()
        writer.writerows(rows)
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
