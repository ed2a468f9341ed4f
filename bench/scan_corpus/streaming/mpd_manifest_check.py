"""Validates DASH manifests that partners upload for live simulcast.

We only read a handful of attributes to check the ladder fits the
partner's contract; the manifest itself is re-packaged downstream.
"""
from __future__ import annotations

from defusedxml import ElementTree as DET

MPD_NS = {"mpd": "urn:mpeg:dash:schema:mpd:2011"}


class ManifestRejected(ValueError):
    pass


def representations(mpd_bytes: bytes) -> list[dict]:
    root = DET.fromstring(mpd_bytes)
    reps = []
    for rep in root.iterfind(".//mpd:Representation", MPD_NS):
        reps.append(
            {
                "id": rep.get("id"),
                "bandwidth": int(rep.get("bandwidth", "0")),
                "height": int(rep.get("height", "0") or 0),
                "codecs": rep.get("codecs", ""),
            }
        )
    return reps


def check_ladder(mpd_bytes: bytes, max_height: int, max_bandwidth: int) -> list[dict]:
    reps = representations(mpd_bytes)
    if not reps:
        raise ManifestRejected("no representations found")
    for rep in reps:
        if rep["height"] > max_height:
            raise ManifestRejected(f"representation {rep['id']} exceeds {max_height}p")
        if rep["bandwidth"] > max_bandwidth:
            raise ManifestRejected(f"representation {rep['id']} exceeds bandwidth cap")
    return reps
