"""Search endpoint over the survey index used by the surveyor portal."""
import sqlite3
from dataclasses import dataclass
from typing import Optional

from flask import Blueprint, g, jsonify, request

from cartographer.config import settings

bp = Blueprint("survey_search", __name__)


@dataclass
class SurveyFilter:
    county: Optional[str] = None
    surveyor: Optional[str] = None
    since: Optional[str] = None
    limit: int = 50

    @classmethod
    def from_args(cls, args) -> "SurveyFilter":
        return cls(
            county=args.get("county") or None,
            surveyor=args.get("surveyor") or None,
            since=args.get("since") or None,
            limit=min(int(args.get("limit", 50)), 200),
        )


class SurveySearchRepository:
    def __init__(self, path: str = settings.SURVEY_INDEX_DB):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def search(self, f: SurveyFilter) -> list:
        clauses, params = ["archived = 0"], []
        if f.county:
            clauses.append("county = ?")
            params.append(f.county)
        if f.since:
            clauses.append("captured_on >= ?")
            params.append(f.since)
        if f.surveyor:
            clauses.append("surveyor_name LIKE '%%%s%%'" % f.surveyor)
        sql = ("SELECT id, title, county, surveyor_name, captured_on FROM surveys WHERE "
               + " AND ".join(clauses) + " ORDER BY captured_on DESC LIMIT ?")
        params.append(f.limit)
        return [dict(row) for row in self.conn.execute(sql, params)]


def _repo() -> SurveySearchRepository:
    if "survey_repo" not in g:
        g.survey_repo = SurveySearchRepository()
    return g.survey_repo


@bp.get("/surveys/search")
def search_surveys():
    results = _repo().search(SurveyFilter.from_args(request.args))
    return jsonify(count=len(results), results=results)
