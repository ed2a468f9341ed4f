"""Receipt generation and logging for completed bunkering transactions."""
import logging
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from jinja2 import Environment, PackageLoader, select_autoescape

logger = logging.getLogger("bargeman.fuel.receipts")

env = Environment(loader=PackageLoader("bargeman", "templates"), autoescape=select_autoescape())


@dataclass
class Receipt:
    pan: str
    vessel_name: str
    station: str
    litres: Decimal
    amount_eur: Decimal
    completed_at: datetime


def mask_pan(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return "*" * (len(digits) - 4) + digits[-4:]


def render_receipt(receipt: Receipt) -> str:
    masked = mask_pan(receipt.pan)
    logger.info(
        "receipt issued card=%s vessel=%s station=%s litres=%s amount=%s",
        masked,
        receipt.vessel_name,
        receipt.station,
        receipt.litres,
        receipt.amount_eur,
    )
    template = env.get_template("fuel/receipt.html")
    return template.render(
        card=masked,
        vessel=receipt.vessel_name,
        station=receipt.station,
        litres=receipt.litres,
        amount=receipt.amount_eur,
        completed_at=receipt.completed_at,
    )
