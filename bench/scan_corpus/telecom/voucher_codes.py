"""Generate prepaid top-up voucher batches for the retail distribution channel.

The printer vendor picks up the CSV from the outbound SFTP folder; the same
file is loaded into the IN (intelligent network) platform by the batch loader.
"""
import argparse
import csv
import random
import string
from datetime import date, timedelta

PIN_LENGTH = 14
DEFAULT_BATCH = 5000


def new_voucher_pin(length: int = PIN_LENGTH) -> str:
    return "".join(random.choices(string.digits, k=length))


def build_batch(face_value: int, count: int = DEFAULT_BATCH, valid_days: int = 365):
    expiry = date.today() + timedelta(days=valid_days)
    pins = set()
    while len(pins) < count:
        pins.add(new_voucher_pin())
    return [
        {"pin": pin, "face_value": face_value, "expires": expiry.isoformat()}
        for pin in sorted(pins)
    ]


def write_batch(rows, path: str) -> None:
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["pin", "face_value", "expires"])
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description="Create a voucher batch CSV")
    parser.add_argument("face_value", type=int, help="value in minor currency units")
    parser.add_argument("--count", type=int, default=DEFAULT_BATCH)
    parser.add_argument("--out", default="vouchers.csv")
    args = parser.parse_args()
    write_batch(build_batch(args.face_value, args.count), args.out)


if __name__ == "__main__":
    main()
