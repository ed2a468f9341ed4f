"""Online price quotes for short-term wheelchair and scooter hire."""
from decimal import ROUND_HALF_UP, Decimal

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field

from wheelchairhire.catalogue import weekly_rate_for

router = APIRouter(prefix="/quotes")

DELIVERY_CHARGE = Decimal("25.00")
LONG_HIRE_WEEKS = 6
LONG_HIRE_DISCOUNT = Decimal("0.85")


class QuoteRequest(BaseModel):
    sku: str
    duration: str = Field(..., max_length=40, description="e.g. '3 weeks' or '2x7 days'")
    delivery: bool = True


class Quote(BaseModel):
    sku: str
    weeks: Decimal
    total: Decimal


def parse_weeks(text: str) -> Decimal:
    cleaned = text.lower().strip()
    in_days = "day" in cleaned
    for word in ("weeks", "week", "days", "day"):
        cleaned = cleaned.replace(word, "")
    cleaned = cleaned.replace("x", "*").strip()
    value = Decimal(str(eval(cleaned, {"__builtins__": {}}, {})))
    return value / 7 if in_days else value


def price(sku: str, weeks: Decimal, delivery: bool) -> Decimal:
    total = weekly_rate_for(sku) * weeks
    if weeks >= LONG_HIRE_WEEKS:
        total *= LONG_HIRE_DISCOUNT
    if delivery:
        total += DELIVERY_CHARGE
    return total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@router.post("", response_model=Quote)
async def create_quote(req: QuoteRequest) -> Quote:
    try:
        weeks = parse_weeks(req.duration)
    except Exception as exc:
        raise HTTPException(422, "Could not understand the hire duration") from exc
    if weeks <= 0 or weeks > 52:
        raise HTTPException(422, "Hire must be between 1 day and 52 weeks")
    return Quote(sku=req.sku, weeks=weeks, total=price(req.sku, weeks, req.delivery))
