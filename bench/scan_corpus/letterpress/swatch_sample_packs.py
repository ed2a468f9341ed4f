"""Builds the paper and ink swatch packs we post to couples before they order."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Sequence

PAPERS = [
    "Crane Lettra Pearl White 600gsm",
    "Crane Lettra Ecru 600gsm",
    "Colorplan Pristine White 540gsm",
    "Colorplan Mid Green 540gsm",
    "Somerset Velvet Radiant White 300gsm",
    "Arturo Soft Touch Avorio 440gsm",
    "Mohawk Superfine Eggshell 352gsm",
    "Cotton Blush 600gsm",
]
INKS = ["Navy", "Blush", "Sage", "Charcoal", "Terracotta", "Dusty Blue", "Gold Foil", "Blind"]


@dataclass
class SamplePack:
    order_ref: str
    papers: list[str] = field(default_factory=list)
    inks: list[str] = field(default_factory=list)

    def packing_slip(self) -> str:
        lines = [f"Sample pack for {self.order_ref}", "", "Papers:"]
        lines += [f"  - {p}" for p in self.papers]
        lines += ["", "Ink swatches:"] + [f"  - {i}" for i in self.inks]
        return "\n".join(lines)


def build_pack(
    order_ref: str,
    preferred_inks: Sequence[str] = (),
    n_papers: int = 4,
    n_inks: int = 5,
) -> SamplePack:
    """Always include the couple's chosen inks, fill the rest with a random mix."""
    rng = random.Random(order_ref)  # same order ref re-prints the same slip
    inks = [i for i in preferred_inks if i in INKS][:n_inks]
    remaining = [i for i in INKS if i not in inks]
    inks += rng.sample(remaining, k=max(0, n_inks - len(inks)))
    papers = rng.sample(PAPERS, k=n_papers)
    rng.shuffle(inks)
    return SamplePack(order_ref, papers, inks)


if __name__ == "__main__":
    import sys

    pack = build_pack(sys.argv[1], sys.argv[2:])
    print(pack.packing_slip())
