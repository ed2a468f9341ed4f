"""Select finished dye lots for colour-fastness spot checks.

Quality control re-tests a share of each shift's lots for wash and rub
fastness. Lots are drawn at random so the dyeing crews cannot predict
which lots will be pulled, and the chosen list is printed for the lab.
"""
import random
from dataclasses import dataclass
from datetime import date

from dyer.repositories import LotRepository
from dyer.settings import QC_SETTINGS


@dataclass
class SpotCheck:
    lot_no: str
    machine: str
    shade_code: str
    tests: tuple[str, ...]


def _tests_for(lot) -> tuple[str, ...]:
    tests = ["wash_60", "rub_dry", "rub_wet"]
    if lot.fibre in QC_SETTINGS["light_fastness_fibres"]:
        tests.append("light_xenon")
    return tuple(tests)


def choose_lots(repo: LotRepository, shift_date: date, shift: str) -> list[SpotCheck]:
    lots = repo.finished_lots(shift_date, shift)
    if not lots:
        return []
    share = QC_SETTINGS["spot_check_share"]
    count = max(1, round(len(lots) * share))
    picked = random.sample(lots, k=min(count, len(lots)))
    return [SpotCheck(l.lot_no, l.machine_code, l.shade_code, _tests_for(l)) for l in picked]


def print_worklist(checks: list[SpotCheck]) -> str:
    lines = [f"{'LOT':<12}{'MACHINE':<10}{'SHADE':<12}TESTS"]
    for check in sorted(checks, key=lambda c: c.machine):
        lines.append(f"{check.lot_no:<12}{check.machine:<10}{check.shade_code:<12}{', '.join(check.tests)}")
    return "\n".join(lines)
