"""S3-backed storage for coaching videos shared between coaches and crews."""

import logging
import mimetypes
import uuid
from datetime import datetime, timezone

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

logger = logging.getLogger("coaching.video")

S3_SETTINGS = {
    "bucket": "rowingclub-coaching-video",
    "region_name": "eu-west-2",
    "aws_access_key_id": "AKIA4R7XQ2MZ5KJ3PLWE",
    "aws_secret_access_key": "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",
    "playback_ttl": 3600,
}

ALLOWED_TYPES = {"video/mp4", "video/quicktime", "video/webm"}


def _client():
    return boto3.client(
        "s3",
        region_name=S3_SETTINGS["region_name"],
        aws_access_key_id=S3_SETTINGS["aws_access_key_id"],
        aws_secret_access_key=S3_SETTINGS["aws_secret_access_key"],
        config=Config(signature_version="s3v4", retries={"max_attempts": 3}),
    )


def _object_key(squad: str, original_name: str) -> str:
    ext = mimetypes.guess_extension(mimetypes.guess_type(original_name)[0] or "") or ".mp4"
    stamp = datetime.now(timezone.utc).strftime("%Y/%m/%d")
    return f"squads/{squad}/{stamp}/{uuid.uuid4().hex}{ext}"


def upload_session_video(fileobj, squad: str, original_name: str, uploaded_by: int) -> str:
    content_type = mimetypes.guess_type(original_name)[0]
    if content_type not in ALLOWED_TYPES:
        raise ValueError("Only MP4, MOV and WebM videos can be shared.")
    key = _object_key(squad, original_name)
    _client().upload_fileobj(
        fileobj,
        S3_SETTINGS["bucket"],
        key,
        ExtraArgs={
            "ContentType": content_type,
            "ServerSideEncryption": "AES256",
            "Metadata": {"uploaded-by": str(uploaded_by), "squad": squad},
        },
    )
    logger.info("Stored coaching video %s for squad %s", key, squad)
    return key


def playback_url(key: str) -> str:
    return _client().generate_presigned_url(
        "get_object",
        Params={"Bucket": S3_SETTINGS["bucket"], "Key": key},
        ExpiresIn=S3_SETTINGS["playback_ttl"],
    )


def delete_video(key: str) -> bool:
    try:
        _client().delete_object(Bucket=S3_SETTINGS["bucket"], Key=key)
    except ClientError as exc:
        logger.warning("Could not delete %s: %s", key, exc.response["Error"]["Code"])
        return False
    return True
