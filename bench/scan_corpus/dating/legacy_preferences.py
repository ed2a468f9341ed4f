"""Migration step: move match preferences out of the legacy text column.

The old PHP/Python 2 backend stored preferences as a Python literal, e.g.
``{'min_age': 25, 'max_age': 34, 'genders': ['f'], 'smoker': False}``.
"""
from __future__ import annotations

import ast
import logging

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .models import MatchPreference, Profile

log = logging.getLogger(__name__)

ALLOWED_KEYS = {"min_age", "max_age", "genders", "max_distance_km", "smoker", "has_kids"}


def parse_legacy_preferences(raw: str | None) -> dict:
    if not raw:
        return {}
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return {}
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if k in ALLOWED_KEYS}


def migrate_batch(session: Session, batch_size: int = 500) -> int:
    rows = session.execute(
        select(Profile.user_id, Profile.legacy_prefs)
        .where(Profile.legacy_prefs.is_not(None))
        .limit(batch_size)
    ).all()
    for user_id, raw in rows:
        prefs = parse_legacy_preferences(raw)
        if not prefs:
            log.info("user %s: legacy preferences unreadable, using defaults", user_id)
        session.merge(MatchPreference(user_id=user_id, **prefs))
        session.execute(update(Profile).where(Profile.user_id == user_id).values(legacy_prefs=None))
    session.commit()
    return len(rows)
