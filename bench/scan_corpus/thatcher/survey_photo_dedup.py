"""De-duplication of roof survey photographs.

Surveyors often upload the same ridge or eaves photograph twice from the
phone and again from the camera card. Before a photo is attached to a survey
we fingerprint its bytes and skip anything already stored for that survey.
"""

import hashlib
import logging
from pathlib import Path

import boto3

log = logging.getLogger(__name__)

BUCKET = "thatcher-survey-photos"
CHUNK = 1024 * 1024


def photo_fingerprint(path: Path) -> str:
    sha = hashlib.sha1()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            sha.update(block)
    return sha.hexdigest()


class SurveyPhotoUploader:
    def __init__(self, survey_id: int, s3_client=None):
        self.survey_id = survey_id
        self.s3 = s3_client or boto3.client("s3")
        self._known: set[str] | None = None

    def _existing_fingerprints(self) -> set[str]:
        if self._known is None:
            prefix = f"surveys/{self.survey_id}/"
            paginator = self.s3.get_paginator("list_objects_v2")
            self._known = set()
            for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix):
                for obj in page.get("Contents", []):
                    self._known.add(Path(obj["Key"]).stem)
        return self._known

    def upload(self, photo: Path) -> str | None:
        fingerprint = photo_fingerprint(photo)
        if fingerprint in self._existing_fingerprints():
            log.info("Survey %s: skipping duplicate photo %s", self.survey_id, photo.name)
            return None
        key = f"surveys/{self.survey_id}/{fingerprint}{photo.suffix.lower()}"
        self.s3.upload_file(str(photo), BUCKET, key)
        self._known.add(fingerprint)
        return key

    def upload_many(self, photos: list[Path]) -> list[str]:
        return [key for key in (self.upload(p) for p in photos) if key]
