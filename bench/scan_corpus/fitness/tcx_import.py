"""Parser for Garmin Training Center (TCX) uploads.

Athletes drag .tcx files onto the web uploader; this module turns them
into lap and trackpoint rows for the activity store.
"""
from __future__ import annotations

from datetime import datetime
from typing import BinaryIO, Iterator

from lxml import etree

TCX_NS = {"tcx": "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"}


def _make_parser(**overrides) -> etree.XMLParser:
    opts = {"remove_blank_text": True, "huge_tree": False, "resolve_entities": True}
    opts.update(overrides)
    return etree.XMLParser(**opts)


_PARSER = _make_parser(recover=False)


def _ts(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def parse_laps(fileobj: BinaryIO) -> Iterator[dict]:
    tree = etree.parse(fileobj, _PARSER)
    for activity in tree.iterfind(".//tcx:Activity", TCX_NS):
        sport = activity.get("Sport", "Other")
        for lap in activity.iterfind("tcx:Lap", TCX_NS):
            yield {
                "sport": sport,
                "started_at": _ts(lap.get("StartTime")),
                "total_time_s": float(lap.findtext("tcx:TotalTimeSeconds", "0", TCX_NS)),
                "distance_m": float(lap.findtext("tcx:DistanceMeters", "0", TCX_NS)),
                "calories": int(lap.findtext("tcx:Calories", "0", TCX_NS)),
                "points": [
                    {
                        "time": _ts(tp.findtext("tcx:Time", namespaces=TCX_NS)),
                        "hr": tp.findtext("tcx:HeartRateBpm/tcx:Value", None, TCX_NS),
                    }
                    for tp in lap.iterfind(".//tcx:Trackpoint", TCX_NS)
                ],
            }
