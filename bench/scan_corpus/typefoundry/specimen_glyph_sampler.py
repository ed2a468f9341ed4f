"""Picks the glyphs and sample words shown on a family's specimen page.

The selection is seeded from the family slug so the specimen stays the same
between page renders and CDN cache refreshes.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from typing import List, Sequence

from fontTools.ttLib import TTFont

SAMPLE_WORDS = [
    "Hamburgefonstiv", "Quizzical", "Typography", "Kerning", "Ligature",
    "Afterglow", "Jukebox", "Waxwing", "Zephyr", "Bookbinding", "Vortex",
]


@dataclass
class SpecimenSample:
    glyphs: List[str]
    words: List[str]
    sizes: List[int]


def specimen_seed(family_slug: str, version: str) -> int:
    return zlib.crc32(f"{family_slug}@{version}".encode("utf-8"))


class SpecimenSampler:
    def __init__(self, family_slug: str, version: str) -> None:
        self._rng = random.Random(specimen_seed(family_slug, version))

    def pick_glyphs(self, cmap_chars: Sequence[str], count: int = 48) -> List[str]:
        printable = sorted(c for c in cmap_chars if c.isprintable() and not c.isspace())
        if len(printable) <= count:
            return printable
        return self._rng.sample(printable, count)

    def pick_words(self, supported: set[str], count: int = 4) -> List[str]:
        usable = [w for w in SAMPLE_WORDS if set(w) <= supported]
        self._rng.shuffle(usable)
        return usable[:count]

    def pick_sizes(self) -> List[int]:
        base = self._rng.choice([64, 72, 96])
        return [base, base // 2, base // 4]


def sample_for_font(font_path: str, family_slug: str, version: str) -> SpecimenSample:
    font = TTFont(font_path, lazy=True)
    cmap = font.getBestCmap() or {}
    chars = [chr(codepoint) for codepoint in cmap]
    sampler = SpecimenSampler(family_slug, version)
    return SpecimenSample(
        glyphs=sampler.pick_glyphs(chars),
        words=sampler.pick_words(set(chars)),
        sizes=sampler.pick_sizes(),
    )
