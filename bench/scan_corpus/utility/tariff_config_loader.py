"""Load tariff product definitions uploaded by the pricing team as YAML."""
from dataclasses import dataclass
from decimal import Decimal
from typing import IO

import yaml

REQUIRED = ("code", "fuel", "payment_method", "unit_rate_p", "standing_charge_p")


@dataclass(frozen=True)
class TariffProduct:
    code: str
    fuel: str
    payment_method: str
    unit_rate_p: Decimal
    standing_charge_p: Decimal
    fixed_months: int | None = None
    exit_fee_p: Decimal = Decimal(0)


class TariffConfigError(ValueError):
    pass


def _product(raw: dict) -> TariffProduct:
    missing = [k for k in REQUIRED if k not in raw]
    if missing:
        raise TariffConfigError(f"{raw.get('code', '?')}: missing {', '.join(missing)}")
    if raw["fuel"] not in {"electricity", "gas"}:
        raise TariffConfigError(f"{raw['code']}: unknown fuel {raw['fuel']!r}")
    return TariffProduct(
        code=str(raw["code"]),
        fuel=raw["fuel"],
        payment_method=str(raw["payment_method"]),
        unit_rate_p=Decimal(str(raw["unit_rate_p"])),
        standing_charge_p=Decimal(str(raw["standing_charge_p"])),
        fixed_months=int(raw["fixed_months"]) if raw.get("fixed_months") else None,
        exit_fee_p=Decimal(str(raw.get("exit_fee_p", 0))),
    )


def load_products(stream: IO[str]) -> list[TariffProduct]:
    document = yaml.load(stream, Loader=yaml.SafeLoader)
    if not isinstance(document, dict) or not isinstance(document.get("products"), list):
        raise TariffConfigError("expected a top-level 'products' list")
    return [_product(item) for item in document["products"]]
