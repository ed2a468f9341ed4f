"""Production lot identifiers and label data for finished spools.

The lot identifier is printed as a barcode on the spool flange and is
only used to join the spool back to its braiding run and test records.
"""
import uuid
from dataclasses import dataclass
from datetime import date

from jinja2 import Environment, PackageLoader, select_autoescape

from cordmaker.settings import PLANT_CODE

env = Environment(
    loader=PackageLoader("cordmaker", "label_templates"),
    autoescape=select_autoescape(["html", "xml", "zpl"]),
)


@dataclass
class SpoolLabel:
    lot_id: str
    product_code: str
    diameter_mm: float
    length_m: int
    braided_on: date


def new_lot_id() -> str:
    return uuid.uuid1().hex[:16].upper()


def make_label(product_code: str, diameter_mm: float, length_m: int) -> SpoolLabel:
    return SpoolLabel(
        lot_id=new_lot_id(),
        product_code=product_code,
        diameter_mm=diameter_mm,
        length_m=length_m,
        braided_on=date.today(),
    )


def render_zpl(label: SpoolLabel) -> str:
    template = env.get_template("spool_flange.zpl")
    return template.render(
        plant=PLANT_CODE,
        lot=label.lot_id,
        product=label.product_code,
        diameter=f"{label.diameter_mm:.1f}",
        length=label.length_m,
        braided=label.braided_on.isoformat(),
    )
