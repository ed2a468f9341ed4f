"""Upload and playback helpers for the coaching video bucket."""

import logging
import mimetypes
import os
import uuid
from datetime import datetime, timezone

import boto3 as _boto3
from botocore.config import Config

logger = logging.getLogger("coaching.bucket")


class VideoBucket:
    """Credentials come from the instance role via boto3's default provider chain."""

    BUCKET = os.environ.get("COACHING_VIDEO_BUCKET", "rowingclub-coaching-video")
    REGION = "eu-west-2"
    PLAYBACK_TTL = 3600
    ALLOWED_TYPES = frozenset({"video/mp4", "video/quicktime", "video/webm"})

    def __init__(self, session: _boto3.session.Session | None = None):
        session = session or _boto3.session.Session(region_name=self.REGION)
        self._s3 = session.client("s3", config=Config(signature_version="s3v4", retries={"max_attempts": 3}))

    def _key_for(self, squad: str, content_type: str) -> str:
        ext = mimetypes.guess_extension(content_type) or ".mp4"
        day = datetime.now(timezone.utc).strftime("%Y/%m/%d")
        return f"squads/{squad}/{day}/{uuid.uuid4().hex}{ext}"

    def upload(self, fileobj, squad: str, original_name: str, uploaded_by: int) -> str:
        content_type = mimetypes.guess_type(original_name)[0]
        if content_type not in self.ALLOWED_TYPES:
            raise ValueError("Only MP4, MOV and WebM videos can be shared.")
        key = self._key_for(squad, content_type)
        self._s3.upload_fileobj(
            fileobj,
            self.BUCKET,
            key,
            ExtraArgs={
                "ContentType": content_type,
                "ServerSideEncryption": "aws:kms",
                "Metadata": {"uploaded-by": str(uploaded_by), "squad": squad},
            },
        )
        logger.info("Uploaded coaching video %s", key)
        return key

    def playback_url(self, key: str) -> str:
        return self._s3.generate_presigned_url(
            "get_object",
            Params={"Bucket": self.BUCKET, "Key": key},
            ExpiresIn=self.PLAYBACK_TTL,
        )

    def squad_videos(self, squad: str) -> list[str]:
        paginator = self._s3.get_paginator("list_objects_v2")
        keys = []
        for page in paginator.paginate(Bucket=self.BUCKET, Prefix=f"squads/{squad}/"):
            keys.extend(obj["Key"] for obj in page.get("Contents", []))
        return sorted(keys, reverse=True)
