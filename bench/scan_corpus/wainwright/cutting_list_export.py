"""Produces the timber cutting list for a commission as CSV.

The saw bench works from a printed cutting list grouped by species and
section; the list is uploaded to the shop-floor document store.
"""
import csv
import logging
import os
import tempfile
from collections import defaultdict
from dataclasses import dataclass

log = logging.getLogger("wainwright.cutting_list")


@dataclass
class Cut:
    part: str
    species: str
    section: str
    length_mm: int
    qty: int


def group_cuts(cuts: list[Cut]) -> dict[tuple[str, str], list[Cut]]:
    grouped: dict[tuple[str, str], list[Cut]] = defaultdict(list)
    for cut in cuts:
        grouped[(cut.species, cut.section)].append(cut)
    for group in grouped.values():
        group.sort(key=lambda c: -c.length_mm)
    return dict(sorted(grouped.items()))


def write_cutting_list(commission_ref: str, cuts: list[Cut]) -> str:
    fd, path = tempfile.mkstemp(prefix=f"cutlist-{commission_ref}-", suffix=".csv")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["species", "section", "part", "length_mm", "qty"])
        for (species, section), group in group_cuts(cuts).items():
            for cut in group:
                writer.writerow([species, section, cut.part, cut.length_mm, cut.qty])
    return path


def publish(commission_ref: str, cuts: list[Cut], store) -> str:
    path = write_cutting_list(commission_ref, cuts)
    try:
        key = f"cutting-lists/{commission_ref}.csv"
        with open(path, "rb") as fh:
            store.put(key, fh)
        log.info("cutting list for %s published (%d cuts)", commission_ref, len(cuts))
        return key
    finally:
        os.remove(path)


def board_feet(cuts: list[Cut]) -> float:
    """Rough timber volume for ordering, in board feet."""
    total = 0.0
    for cut in cuts:
        w, t = (float(x) for x in cut.section.lower().split("x"))
        total += (w / 25.4) * (t / 25.4) * (cut.length_mm / 304.8) / 12 * cut.qty
    return round(total, 2)
