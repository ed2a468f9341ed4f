"""RSVP codes printed on the reply cards of a wedding suite."""
from __future__ import annotations

import csv
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

# no 0/O, 1/I/L: the code is typed in by guests from the printed card
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


@dataclass
class Guest:
    household: str
    seats: int
    code: str = ""


def rsvp_code(length: int = 8, alphabet: str = CODE_ALPHABET) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(length))


def format_code(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"


def assign_codes(guests: Iterable[Guest]) -> list[Guest]:
    seen: set[str] = set()
    out = []
    for guest in guests:
        code = rsvp_code()
        while code in seen:
            code = rsvp_code()
        seen.add(code)
        guest.code = code
        out.append(guest)
    return out


def load_guest_list(path: Path) -> list[Guest]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [Guest(row["household"], int(row.get("seats") or 1)) for row in csv.DictReader(fh)]


def write_merge_file(guests: list[Guest], path: Path) -> None:
    """Variable-data file the compositor uses when setting the reply cards."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["household", "seats", "rsvp_code"])
        writer.writerows((g.household, g.seats, format_code(g.code)) for g in guests)


if __name__ == "__main__":
    import sys

    src, dst = Path(sys.argv[1]), Path(sys.argv[2])
    write_merge_file(assign_codes(load_guest_list(src)), dst)
