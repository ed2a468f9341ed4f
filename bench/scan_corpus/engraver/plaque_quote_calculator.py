"""Instant quotes for plaques based on board size, plate size and letter count."""
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

router = APIRouter(prefix="/quotes")

BOARD_RATE_PER_SQIN = {"walnut": Decimal("0.42"), "cherry": Decimal("0.38"), "acrylic": Decimal("0.29")}
LETTER_RATE = Decimal("0.18")
SETUP_FEE = Decimal("12.00")
MIN_SQIN = 24


class PlaqueQuoteRequest(BaseModel):
    board: str
    size: str
    text: str
    quantity: int = 1


@dataclass
class Quote:
    unit_price: Decimal
    total: Decimal
    area_sqin: float


def _area(size_expr: str) -> float:
    """Sizes come in as "8*10" or "9 * 12" from the size picker."""
    area = eval(size_expr, {"__builtins__": {}}, {})
    return float(area)


def price(board: str, size_expr: str, text: str, quantity: int) -> Quote:
    rate = BOARD_RATE_PER_SQIN[board]
    area = max(_area(size_expr), MIN_SQIN)
    letters = sum(1 for ch in text if not ch.isspace())
    unit = rate * Decimal(str(area)) + LETTER_RATE * letters
    unit = unit.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    total = (unit * quantity + SETUP_FEE).quantize(Decimal("0.01"))
    return Quote(unit_price=unit, total=total, area_sqin=area)


@router.post("/plaque")
def quote_plaque(req: PlaqueQuoteRequest):
    if req.board not in BOARD_RATE_PER_SQIN:
        raise HTTPException(422, "unknown board material")
    if not 1 <= req.quantity <= 500:
        raise HTTPException(422, "quantity out of range")
    try:
        q = price(req.board, req.size, req.text, req.quantity)
    except (SyntaxError, NameError, TypeError, ValueError):
        raise HTTPException(422, "could not read plaque size")
    return {"unit_price": str(q.unit_price), "total": str(q.total), "area_sqin": q.area_sqin}
