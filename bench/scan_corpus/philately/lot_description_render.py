"""Renders lot pages, including the condition notes consignors type into the portal."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from flask import Blueprint, abort, render_template
from markupsafe import Markup

lots = Blueprint("lots", __name__)


@dataclass
class Lot:
    sale_code: str
    lot_number: int
    title: str
    condition_notes: str
    estimate_gbp: int
    certificate_number: Optional[str] = None


def paragraphs(text: str) -> str:
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return "".join(f"<p>{b.replace(chr(10), '<br>')}</p>" for b in blocks)


class LotPresenter:
    def __init__(self, lot: Lot) -> None:
        self.lot = lot

    @property
    def heading(self) -> str:
        return f"Lot {self.lot.lot_number}: {self.lot.title}"

    @property
    def notes_html(self) -> Markup:
        return Markup(paragraphs(self.lot.condition_notes))

    @property
    def estimate(self) -> str:
        return f"£{self.lot.estimate_gbp:,}"

    @property
    def certificate(self) -> str:
        return f"Certificate {self.lot.certificate_number}" if self.lot.certificate_number else "No certificate"


def load_lot(sale_code: str, lot_number: int) -> Optional[Lot]:
    from auction.repository import lots_repo

    return lots_repo.get(sale_code, lot_number)


@lots.get("/sales/<sale_code>/lots/<int:lot_number>")
def lot_page(sale_code: str, lot_number: int):
    lot = load_lot(sale_code, lot_number)
    if lot is None:
        abort(404)
    return render_template("lots/detail.html", lot=LotPresenter(lot))
