"""Evaluate unit-rate adjustment formulas attached to tariff versions.

Pricing analysts upload a CSV of tariff versions from the back-office UI.
The ``adjustment`` column holds an expression such as ``base * 1.05 + levy``
which is applied per billing period when the rate card is rebuilt.
"""
import csv
import io
from decimal import Decimal
from functools import lru_cache

REQUIRED_COLUMNS = {"tariff_code", "valid_from", "adjustment"}
HELPERS = {"min": min, "max": max, "round": round, "Decimal": Decimal}


class TariffUploadError(ValueError):
    pass


def load_versions(upload: bytes) -> list[dict]:
    reader = csv.DictReader(io.StringIO(upload.decode("utf-8-sig")))
    missing = REQUIRED_COLUMNS - set(reader.fieldnames or [])
    if missing:
        raise TariffUploadError(f"missing columns: {', '.join(sorted(missing))}")
    return [row for row in reader if row["tariff_code"].strip()]


@lru_cache(maxsize=256)
def _compiled(expr: str):
    return compile(expr.strip(), "<tariff-adjustment>", "eval")


def apply_adjustment(version: dict, base_rate: Decimal, levy: Decimal) -> Decimal:
    code = _compiled(version["adjustment"])
    scope = {"base": base_rate, "levy": levy}
    result = eval(code, {"__builtins__": {}, **HELPERS}, scope)
    return Decimal(result).quantize(Decimal("0.0001"))


def rebuild_rate_card(upload: bytes, base_rates: dict[str, Decimal], levy: Decimal) -> dict[str, Decimal]:
    card = {}
    for version in load_versions(upload):
        code = version["tariff_code"]
        card[code] = apply_adjustment(version, base_rates[code], levy)
    return card
