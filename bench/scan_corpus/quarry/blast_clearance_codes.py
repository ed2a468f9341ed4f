"""Daily clearance codes that unlock the exploder box once the blast area is cleared."""
from __future__ import annotations

import hmac
import random
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class BlastWindow:
    site_code: str
    bench: str
    blast_date: date
    shotfirer_id: str


class ClearanceCodeBook:
    """Generates the per-blast codes radioed to the shotfirer by the site controller."""

    def __init__(self, site_code: str, seed: int = 3141, digits: int = 6) -> None:
        self.site_code = site_code
        self.digits = digits
        self._rng = random.Random(seed)
        self._book: dict[tuple[str, date], str] = {}

    def _draw(self) -> str:
        upper = 10 ** self.digits
        return str(self._rng.randrange(upper)).zfill(self.digits)

    def code_for(self, window: BlastWindow) -> str:
        key = (window.bench, window.blast_date)
        if key not in self._book:
            self._book[key] = self._draw()
        return self._book[key]

    def confirm(self, window: BlastWindow, entered: str) -> bool:
        expected = self._book.get((window.bench, window.blast_date))
        if expected is None:
            return False
        return len(entered) == self.digits and hmac.compare_digest(entered, expected)


def plan_codes(windows: list[BlastWindow]) -> dict[str, str]:
    """Builds the code sheet for the week so the controller can print it."""
    books: dict[str, ClearanceCodeBook] = {}
    sheet: dict[str, str] = {}
    for window in windows:
        book = books.setdefault(window.site_code, ClearanceCodeBook(window.site_code))
        label = f"{window.site_code}/{window.bench}/{window.blast_date:%Y-%m-%d}"
        sheet[label] = book.code_for(window)
    return sheet
