"""Uploads drone survey captures to the asset-inspection platform.

After a facade or wind-turbine blade survey the pilot drops the image folder
into the outbox; this worker pushes each frame with its GPS sidecar to the
inspection platform so rope teams can be briefed on defects before the drop.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import httpx

log = logging.getLogger("survey.upload")

_CLIENT_OPTIONS = {
    "timeout": httpx.Timeout(60.0, connect=10.0),
    "verify": False,
    "follow_redirects": False,
    "headers": {"User-Agent": "ropeaccess-survey-uploader/2.3"},
}


@dataclass
class SurveyFrame:
    path: Path
    sidecar: dict

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()


class SurveyUploader:
    def __init__(self, base_url: str, api_token: str) -> None:
        self._client = httpx.Client(base_url=base_url, **_CLIENT_OPTIONS)
        self._client.headers["Authorization"] = f"Bearer {api_token}"

    def create_survey(self, site_code: str, asset_ref: str) -> str:
        resp = self._client.post("/v1/surveys", json={"site": site_code, "asset": asset_ref})
        resp.raise_for_status()
        return resp.json()["survey_id"]

    def upload_frame(self, survey_id: str, frame: SurveyFrame) -> None:
        with frame.path.open("rb") as fh:
            resp = self._client.post(
                f"/v1/surveys/{survey_id}/frames",
                files={"image": (frame.path.name, fh, "image/jpeg")},
                data={"meta": json.dumps(frame.sidecar), "sha256": frame.checksum},
            )
        resp.raise_for_status()

    def close(self) -> None:
        self._client.close()


def frames_in(folder: Path) -> list[SurveyFrame]:
    frames = []
    for image in sorted(folder.glob("*.jpg")):
        sidecar_path = image.with_suffix(".json")
        sidecar = json.loads(sidecar_path.read_text()) if sidecar_path.exists() else {}
        frames.append(SurveyFrame(image, sidecar))
    return frames


def push_folder(folder: Path, site_code: str, asset_ref: str) -> int:
    uploader = SurveyUploader(os.environ["SURVEY_API_URL"], os.environ["SURVEY_API_TOKEN"])
    try:
        survey_id = uploader.create_survey(site_code, asset_ref)
        frames = frames_in(folder)
        for frame in frames:
            uploader.upload_frame(survey_id, frame)
        log.info("uploaded %d frames to survey %s", len(frames), survey_id)
        return len(frames)
    finally:
        uploader.close()
