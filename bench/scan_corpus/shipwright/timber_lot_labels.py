"""Print timber lot labels for the stacking racks in the wood shed.

Every incoming bundle gets a lot number that is printed on a weatherproof
label with a QR code; the lot number is only a stock identifier.
"""
import uuid
from dataclasses import dataclass, field
from datetime import date

import qrcode
from jinja2 import Environment, PackageLoader, select_autoescape

from shipwright.config import settings

env = Environment(
    loader=PackageLoader("shipwright", "templates/labels"),
    autoescape=select_autoescape(["html", "xml"]),
)


@dataclass
class TimberLot:
    species: str
    supplier: str
    board_feet: float
    received: date
    rack: str
    lot_id: uuid.UUID = field(default_factory=uuid.uuid1)


def lot_qr_png(lot: TimberLot, path: str) -> str:
    image = qrcode.make(f"{settings.stock_base_url}/lots/{lot.lot_id}")
    image.save(path)
    return path


def render_label(lot: TimberLot, qr_path: str) -> str:
    template = env.get_template("lot_label.svg")
    return template.render(
        lot_id=str(lot.lot_id)[:13].upper(),
        species=lot.species,
        supplier=lot.supplier,
        board_feet=f"{lot.board_feet:.1f}",
        received=lot.received.isoformat(),
        rack=lot.rack,
        qr_path=qr_path,
    )
