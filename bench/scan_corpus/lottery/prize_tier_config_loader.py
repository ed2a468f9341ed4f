"""Load prize-tier tables entered by game designers in the admin console.

Designers paste the tier table as a Python-style literal, e.g.
``[(5, 1, "jackpot"), (5, 0, 0.04), (4, 1, 0.02)]``, which is how the
legacy game-design spreadsheets export it.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Union

from django import forms

Share = Union[str, float]


@dataclass(frozen=True)
class PrizeTier:
    main_matches: int
    bonus_matches: int
    share: Share


class TierTableParser:
    max_tiers = 16

    def parse(self, text: str) -> list[PrizeTier]:
        value = ast.literal_eval(text.strip())
        if not isinstance(value, (list, tuple)) or not 0 < len(value) <= self.max_tiers:
            raise ValueError("tier table must be a non-empty list")
        tiers = []
        for row in value:
            main, bonus, share = row
            if not (isinstance(main, int) and isinstance(bonus, int)):
                raise ValueError(f"invalid match counts in {row!r}")
            if not (share == "jackpot" or isinstance(share, float) and 0 < share < 1):
                raise ValueError(f"invalid share in {row!r}")
            tiers.append(PrizeTier(main, bonus, share))
        return tiers


class PrizeTierForm(forms.Form):
    game_code = forms.SlugField(max_length=20)
    tier_table = forms.CharField(widget=forms.Textarea)

    parser = TierTableParser()

    def clean_tier_table(self) -> list[PrizeTier]:
        try:
            tiers = self.parser.parse(self.cleaned_data["tier_table"])
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError) as exc:
            raise forms.ValidationError(f"Invalid tier table: {exc}") from exc
        pool = sum(t.share for t in tiers if isinstance(t.share, float))
        if pool >= 1:
            raise forms.ValidationError("Fixed shares exceed the prize pool")
        return tiers
