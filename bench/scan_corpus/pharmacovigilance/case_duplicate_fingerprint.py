"""Duplicate detection for incoming ICSRs: the same event reported by HCP, patient and partner."""
from __future__ import annotations

import hashlib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Iterable


@dataclass(frozen=True)
class CaseKeyFields:
    patient_initials: str
    patient_birth_year: int | None
    sex: str
    suspect_product: str
    reaction_pt_code: int
    onset: date | None
    country: str


def _norm(value: object) -> str:
    text = "" if value is None else str(value)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(text.upper().split())


class DuplicateFingerprint:
    field_order = (
        "patient_initials",
        "patient_birth_year",
        "sex",
        "suspect_product",
        "reaction_pt_code",
        "onset",
        "country",
    )

    @classmethod
    def of(cls, key: CaseKeyFields) -> str:
        material = "|".join(_norm(getattr(key, name)) for name in cls.field_order)
        return hashlib.sha1(material.encode("utf-8"), usedforsecurity=False).hexdigest()


def group_candidates(cases: Iterable[tuple[str, CaseKeyFields]]) -> dict[str, list[str]]:
    """Map fingerprint -> case numbers sharing it, keeping only groups of two or more."""
    buckets: dict[str, list[str]] = defaultdict(list)
    for case_number, key in cases:
        buckets[DuplicateFingerprint.of(key)].append(case_number)
    return {fp: nums for fp, nums in buckets.items() if len(nums) > 1}


def review_queue(groups: dict[str, list[str]]) -> list[dict]:
    return [
        {"fingerprint": fp[:12], "cases": sorted(nums), "size": len(nums)}
        for fp, nums in sorted(groups.items(), key=lambda kv: -len(kv[1]))
    ]
