"""Parses the shipping weight bands that the shop manager edits in the admin settings page."""

import ast
from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError

DEFAULT_BANDS = "[(500, 3.95), (2000, 5.95), (10000, 9.50)]"


@dataclass(frozen=True)
class WeightBand:
    max_grams: int
    price: Decimal


def parse_bands(text: str) -> list[WeightBand]:
    try:
        raw = ast.literal_eval(text.strip() or DEFAULT_BANDS)
    except (ValueError, SyntaxError) as exc:
        raise ValidationError(f"bands must be a list of (grams, price) pairs: {exc}") from exc
    if not isinstance(raw, (list, tuple)):
        raise ValidationError("bands must be a list")
    bands = []
    for entry in raw:
        if not (isinstance(entry, tuple) and len(entry) == 2):
            raise ValidationError(f"bad band entry: {entry!r}")
        grams, price = entry
        bands.append(WeightBand(int(grams), Decimal(str(price)).quantize(Decimal("0.01"))))
    return sorted(bands, key=lambda b: b.max_grams)


def price_for_weight(bands: list[WeightBand], grams: int) -> Decimal | None:
    for band in bands:
        if grams <= band.max_grams:
            return band.price
    return None


class ShippingBandsForm(forms.Form):
    bands = forms.CharField(widget=forms.Textarea, initial=DEFAULT_BANDS)

    def clean_bands(self) -> list[WeightBand]:
        return parse_bands(self.cleaned_data["bands"])
