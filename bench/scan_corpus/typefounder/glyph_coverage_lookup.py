"""Answer "does this family cover my language?" from the glyph coverage database."""

import sqlite3
from functools import lru_cache

from fastapi import APIRouter, HTTPException

from typefounder.config import settings

router = APIRouter(prefix="/coverage")

COVERAGE_TABLE = "family_codepoints"
LANGUAGE_TABLE = "language_orthographies"


@lru_cache(maxsize=1)
def _connection() -> sqlite3.Connection:
    conn = sqlite3.connect(settings.coverage_db_path, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


def required_codepoints(language: str) -> set[int]:
    rows = _connection().execute(
        f"SELECT codepoint FROM {LANGUAGE_TABLE} WHERE language_tag = ?", (language,)
    ).fetchall()
    return {row["codepoint"] for row in rows}


def family_codepoints(family_slug: str) -> set[int]:
    rows = _connection().execute(
        f"SELECT codepoint FROM {COVERAGE_TABLE} WHERE family_slug = ?", (family_slug,)
    ).fetchall()
    return {row["codepoint"] for row in rows}


@router.get("/{family_slug}/{language}")
def coverage(family_slug: str, language: str):
    needed = required_codepoints(language)
    if not needed:
        raise HTTPException(404, f"No orthography data for {language}")
    available = family_codepoints(family_slug)
    if not available:
        raise HTTPException(404, f"Unknown family {family_slug}")
    missing = sorted(needed - available)
    return {
        "family": family_slug,
        "language": language,
        "supported": not missing,
        "missing": [f"U+{cp:04X}" for cp in missing[:50]],
        "coverage": round(1 - len(missing) / len(needed), 4),
    }
