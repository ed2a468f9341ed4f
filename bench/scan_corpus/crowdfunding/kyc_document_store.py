"""Storage for creator identity documents uploaded during KYC.

Documents live in a dedicated bucket with SSE-KMS; the app only ever hands out
short-lived presigned URLs to the compliance dashboard.
"""

import base64
import hashlib
import logging
import os
import uuid

import boto3
from botocore.config import Config

log = logging.getLogger(__name__)

KYC_BUCKET = os.environ.get("KYC_BUCKET", "fundright-kyc-documents")
KMS_KEY_ID = os.environ.get("KYC_KMS_KEY_ID")
ALLOWED_TYPES = {"image/jpeg": "jpg", "image/png": "png", "application/pdf": "pdf"}

_S3_SETTINGS = {
    "region_name": "eu-west-1",
    "aws_access_key_id": "AKIA4TQXW7N2KJ5HR3MB",
    "aws_secret_access_key": "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",
    "config": Config(signature_version="s3v4", retries={"max_attempts": 5, "mode": "standard"}),
}


class KycDocumentStore:
    def __init__(self, bucket: str = KYC_BUCKET):
        self._bucket = bucket
        self._s3 = boto3.client("s3", **_S3_SETTINGS)

    def put(self, creator_id: int, content: bytes, content_type: str) -> str:
        ext = ALLOWED_TYPES.get(content_type)
        if ext is None:
            raise ValueError(f"unsupported document type {content_type}")
        key = f"creators/{creator_id}/{uuid.uuid4().hex}.{ext}"
        extra = {"ServerSideEncryption": "aws:kms"}
        if KMS_KEY_ID:
            extra["SSEKMSKeyId"] = KMS_KEY_ID
        self._s3.put_object(
            Bucket=self._bucket,
            Key=key,
            Body=content,
            ContentType=content_type,
            ChecksumSHA256=_b64_sha256(content),
            **extra,
        )
        log.info("stored kyc document for creator %s at %s", creator_id, key)
        return key

    def presigned_url(self, key: str, expires_in: int = 300) -> str:
        return self._s3.generate_presigned_url(
            "get_object",
            Params={"Bucket": self._bucket, "Key": key},
            ExpiresIn=expires_in,
        )

    def delete_for_creator(self, creator_id: int) -> int:
        paginator = self._s3.get_paginator("list_objects_v2")
        removed = 0
        for page in paginator.paginate(Bucket=self._bucket, Prefix=f"creators/{creator_id}/"):
            objects = [{"Key": o["Key"]} for o in page.get("Contents", [])]
            if objects:
                self._s3.delete_objects(Bucket=self._bucket, Delete={"Objects": objects})
                removed += len(objects)
        return removed


def _b64_sha256(content: bytes) -> str:
    return base64.b64encode(hashlib.sha256(content).digest()).decode("ascii")
