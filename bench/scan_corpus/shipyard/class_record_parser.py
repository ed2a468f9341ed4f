"""Parse survey record exports received from classification societies.

Society portals export the survey status of a vessel as XML; the planning
office uploads these files to pre-fill the dry dock worklist.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from defusedxml import ElementTree as DET


@dataclass
class SurveyItem:
    code: str
    title: str
    due: dt.date | None
    postponed: bool


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text.strip()) if text and text.strip() else None


def parse_survey_status(data: bytes) -> tuple[str, list[SurveyItem]]:
    root = DET.fromstring(data)
    imo = root.findtext("Vessel/IMO", default="").strip()
    if not imo:
        raise ValueError("export has no IMO number")
    items = [
        SurveyItem(
            code=node.get("code", ""),
            title=(node.findtext("Title") or "").strip(),
            due=_date(node.findtext("DueDate")),
            postponed=node.get("postponed", "false").lower() == "true",
        )
        for node in root.iterfind("Surveys/Item")
    ]
    return imo, items


def dock_worklist(items: list[SurveyItem], dock_date: dt.date, window_days: int = 90) -> list[SurveyItem]:
    """Survey items falling due within the window around the docking date."""
    horizon = dock_date + dt.timedelta(days=window_days)
    return sorted(
        (i for i in items if i.due and i.due <= horizon),
        key=lambda i: i.due,
    )
